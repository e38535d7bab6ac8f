package io.frontdesk.webhook;

import io.frontdesk.Application;
import io.frontdesk.error.ApiException;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-account bound of subscriptions holds under concurrent creates (the account's row lock on PostgreSQL). */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookBoundTest {

    private static final int RACERS = 8;

    @Parameter
    Backend backend;

    WebhookFixture fixture;
    Application app;
    long account;

    @BeforeEach
    void open() {
        fixture = WebhookFixture.create(backend);
        app = fixture.open(true);
        account = fixture.newAccount(app);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private NewSubscription hook(WebhookDialect dialect, int n) {
        return new NewSubscription(dialect, "https://93.184.216.34/hook-" + n, List.of("customer.created"), "s",
                null, null, null, null, null);
    }

    @Test
    void concurrent_creates_stop_at_the_bound() throws Exception {
        for (int i = 0; i < WebhookService.MAX_PER_ACCOUNT - RACERS / 2; i++) {
            app.webhooks().create(account, hook(WebhookDialect.HELPSCOUT_V2, i));
        }
        List<Boolean> created = race(n -> app.webhooks().create(account, hook(WebhookDialect.HELPSCOUT_V2, 100 + n)));

        assertThat(created.stream().filter(ok -> ok)).hasSize(RACERS / 2);
        assertThat(app.webhooks().list(account)).hasSize(WebhookService.MAX_PER_ACCOUNT);
    }

    @Test
    void concurrent_v1_hooks_leave_one_hook() throws Exception {
        List<Boolean> created = race(n -> app.webhooks().replaceV1Hook(account, hook(WebhookDialect.HELPSCOUT_V1, n)));

        assertThat(created).containsOnly(true);
        assertThat(app.webhooks().list(account)).filteredOn(s -> s.dialect() == WebhookDialect.HELPSCOUT_V1)
                .hasSize(1);
    }

    interface Create {
        void run(int n);
    }

    /** Runs {@link #RACERS} creates released together; true for each that succeeded, false for each refused. */
    private static List<Boolean> race(Create create) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        create.run(n);
                        return true;
                    } catch (ApiException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
