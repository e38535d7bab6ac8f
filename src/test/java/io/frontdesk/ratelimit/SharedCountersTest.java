package io.frontdesk.ratelimit;

import io.frontdesk.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one shared counter table. The background sync is parked (a day between rounds) and the test runs each
 * round itself, so every interleaving here is exact.
 */
class SharedCountersTest {

    private static final long ACCOUNT = 7;
    private static final Duration PARKED = Duration.ofDays(1);

    /** Ten seconds into a minute: windows are aligned to the epoch, so the tests know where they stand. */
    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T10:00:10Z"));
    private final FakeSharedTable table = new FakeSharedTable();
    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private final WindowCounters countersA = WindowCounters.shared(table, clock, PARKED);
    private final WindowCounters countersB = WindowCounters.shared(table, clock, PARKED);
    private final RateLimiter nodeA = new RateLimiter(settings, countersA, RateLimitMode.ENFORCE, clock);
    private final RateLimiter nodeB = new RateLimiter(settings, countersB, RateLimitMode.ENFORCE, clock);

    @AfterEach
    void stop() {
        countersA.close();
        countersB.close();
    }

    @Test
    void two_nodes_share_a_small_limit_exactly() {
        limit(RateWindow.HELPSCOUT_V2, 5);
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            RateLimiter node = i % 2 == 0 ? nodeA : nodeB;
            allowed += node.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false).allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V2, minuteStart())).isEqualTo(5);
    }

    @Test
    void each_node_reports_what_is_left_of_the_shared_limit() {
        limit(RateWindow.HELPSCOUT_V2, 5);
        nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);
        nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);

        RateDecision third = nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);

        assertThat(third.window(RateWindow.HELPSCOUT_V2).remaining()).isEqualTo(2);
    }

    @Test
    void far_from_the_limit_requests_are_decided_in_memory_and_the_sync_shares_them() {
        for (int i = 0; i < 30; i++) {
            nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);
        }
        RateDecision unaware = nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);
        assertThat(table.claims).as("no request went to the table").isZero();
        assertThat(unaware.window(RateWindow.HELPSCOUT_V2).remaining()).isEqualTo(399);

        countersA.reconcile();
        countersB.reconcile();
        RateDecision aware = nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);

        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V2, minuteStart())).isEqualTo(31);
        assertThat(aware.window(RateWindow.HELPSCOUT_V2).remaining()).isEqualTo(400 - 32);
    }

    @Test
    void overshoot_is_at_most_the_other_nodes_local_share_and_nothing_is_refused_that_had_room() {
        limit(RateWindow.HELPCRUNCH, 100);
        int allowedA = 0;
        for (int i = 0; i < 10; i++) {
            allowedA += nodeA.check(ACCOUNT, RatePolicy.HELPCRUNCH, false).allowed() ? 1 : 0;
        }
        assertThat(table.claims).as("a tenth of the room is node A's to give alone").isZero();

        int allowedB = 0;
        while (nodeB.check(ACCOUNT, RatePolicy.HELPCRUNCH, false).allowed()) {
            allowedB++;
        }
        RateDecision laterOnA = nodeA.check(ACCOUNT, RatePolicy.HELPCRUNCH, false);

        assertThat(allowedB).as("B is held to the limit by what the table knows").isEqualTo(100);
        assertThat(allowedA + allowedB).as("at most A's share over the limit").isEqualTo(110);
        assertThat(laterOnA.allowed()).isFalse();
        assertThat(table.total(ACCOUNT, RateWindow.HELPCRUNCH, minuteStart())).isEqualTo(110);
    }

    @Test
    void a_write_claims_both_helpscout_v1_windows_at_once_and_a_refusal_takes_both_back() {
        limit(RateWindow.HELPSCOUT_V1_BURST, 2);
        assertThat(nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V1, true).allowed()).isTrue();
        assertThat(nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V1, true).allowed()).isTrue();

        RateDecision third = nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V1, true);

        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfterSeconds()).isEqualTo(5);
        long burstStart = RateWindow.HELPSCOUT_V1_BURST.windowStart(clock.millis());
        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V1_BURST, burstStart)).isEqualTo(2);
        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V1, minuteStart())).isEqualTo(2);
        assertThat(nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V1, false).allowed()).as("reads go on").isTrue();
    }

    @Test
    void while_the_table_is_down_a_node_counts_alone_and_writes_its_count_when_it_is_back() {
        limit(RateWindow.HELPSCOUT_V2, 5);
        table.down = true;
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            allowed += nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false).allowed() ? 1 : 0;
        }
        assertThat(allowed).as("fails open, but still holds its own count to the limit").isEqualTo(5);

        table.down = false;
        countersA.reconcile();

        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V2, minuteStart())).isEqualTo(5);
        assertThat(nodeB.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false).allowed()).isFalse();
    }

    @Test
    void report_mode_never_asks_the_table_on_the_request_path() {
        settings.save(ACCOUNT, RateLimitChange.none().withMode(RateLimitMode.REPORT)
                .withLimit(RateWindow.HELPSCOUT_V2, 5).applyTo(RateLimitSettings.NONE), clock.instant());
        for (int i = 0; i < 10; i++) {
            assertThat(nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, true).allowed()).isTrue();
        }
        countersA.reconcile();

        assertThat(table.claims).isZero();
        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V2, minuteStart())).isEqualTo(20);
    }

    @Test
    void an_account_whose_windows_ended_is_let_go_and_starts_afresh() {
        limit(RateWindow.HELPSCOUT_V2, 5);
        for (int i = 0; i < 5; i++) {
            nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);
        }
        clock.advance(Duration.ofMinutes(1));
        countersA.reconcile();

        RateDecision next = nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);

        assertThat(next.allowed()).isTrue();
        assertThat(next.window(RateWindow.HELPSCOUT_V2).remaining()).isEqualTo(4);
    }

    @Test
    void the_sync_deletes_rows_of_windows_older_than_ten_minutes() {
        limit(RateWindow.HELPSCOUT_V2, 5);
        nodeA.check(ACCOUNT, RatePolicy.HELPSCOUT_V2, false);
        long oldMinute = minuteStart();
        clock.advance(Duration.ofMinutes(11));

        countersA.reconcile();

        assertThat(table.total(ACCOUNT, RateWindow.HELPSCOUT_V2, oldMinute)).isZero();
    }

    private void limit(RateWindow window, int limit) {
        settings.save(ACCOUNT, RateLimitChange.none().withLimit(window, limit).applyTo(RateLimitSettings.NONE),
                clock.instant());
        nodeA.forget(ACCOUNT);
        nodeB.forget(ACCOUNT);
    }

    private long minuteStart() {
        return RateWindow.HELPSCOUT_V2.windowStart(clock.millis());
    }
}
