package io.frontdesk.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FuturesTest {

    @Test
    void a_completed_future_gives_its_value() {
        assertThat(Futures.join(CompletableFuture.completedFuture("routes"))).isEqualTo("routes");
    }

    @Test
    void an_unchecked_failure_arrives_as_itself() {
        IllegalStateException failure = new IllegalStateException("port taken");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
    }

    @Test
    void an_error_arrives_as_itself() {
        OutOfMemoryError failure = new OutOfMemoryError("heap");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
    }

    @Test
    void a_checked_failure_stays_wrapped() {
        IOException failure = new IOException("disk");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure)))
                .isInstanceOf(CompletionException.class)
                .hasCause(failure);
    }
}
