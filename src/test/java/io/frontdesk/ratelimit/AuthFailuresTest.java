package io.frontdesk.ratelimit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.frontdesk.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed authentications per address and per client id, in minutes aligned to the epoch. */
class AuthFailuresTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T10:00:15Z"));
    private final AuthFailures failures = new AuthFailures(new FailureLimits(3, 2), clock);
    private final Logger logger = (Logger) LoggerFactory.getLogger(AuthFailures.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
        logger.setAdditive(false);
    }

    @AfterEach
    void release() {
        logger.setAdditive(true);
        logger.detachAppender(log);
    }

    @Test
    void an_address_is_refused_for_the_rest_of_the_minute_once_it_used_up_its_failures() {
        failures.failed("10.0.0.1", null);
        failures.failed("10.0.0.1", null);
        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isZero();

        failures.failed("10.0.0.1", null);
        failures.failed("10.0.0.1", null);

        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isEqualTo(45);
        assertThat(log.list).as("one line when the limit is reached, none after").hasSize(1);
        assertThat(failures.retryAfterSeconds("10.0.0.2", null)).as("another address").isZero();
        clock.advance(Duration.ofSeconds(44));
        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).as("a new minute").isZero();
    }

    @Test
    void a_client_id_is_refused_whichever_address_it_comes_from() {
        failures.failed("10.0.0.1", "client-a");
        failures.failed("10.0.0.2", "client-a");

        assertThat(failures.retryAfterSeconds("10.0.0.3", "client-a")).isPositive();
        assertThat(failures.retryAfterSeconds("10.0.0.3", "client-b")).isZero();
        assertThat(failures.retryAfterSeconds("10.0.0.3", null)).isZero();
    }

    @Test
    void long_client_ids_are_counted_by_their_beginning() {
        String prefix = "c".repeat(AuthFailures.MAX_CLIENT_ID);
        failures.failed("10.0.0.1", prefix + "1");
        failures.failed("10.0.0.2", prefix + "2");

        assertThat(failures.retryAfterSeconds("10.0.0.3", prefix + "3")).isPositive();
    }

    @Test
    void a_limit_of_zero_counts_nothing() {
        AuthFailures off = new AuthFailures(FailureLimits.NONE, clock);
        for (int i = 0; i < 1_000; i++) {
            off.failed("10.0.0.1", "client-a");
        }

        assertThat(off.retryAfterSeconds("10.0.0.1", "client-a")).isZero();
    }

    @Test
    void failures_of_earlier_minutes_are_forgotten() {
        failures.failed("10.0.0.1", null);
        failures.failed("10.0.0.1", null);
        clock.advance(Duration.ofMinutes(1));

        failures.failed("10.0.0.1", null);
        failures.failed("10.0.0.1", null);

        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isZero();
    }
}
