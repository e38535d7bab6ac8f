package io.frontdesk.ratelimit;

import io.frontdesk.core.Change;
import io.frontdesk.error.ApiException;
import io.frontdesk.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limiter on one node (counting in memory), under a clock that moves only when the test moves it. */
class RateLimiterTest {

    private static final long A = 1;
    private static final long B = 2;

    /** Ten seconds into a minute: windows are aligned to the epoch, so the tests know where they stand. */
    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T10:00:10Z"));
    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final RateLimiter limiter = new RateLimiter(store, WindowCounters.alone(), RateLimitMode.ENFORCE, clock);

    @Test
    void helpscout_v2_allows_the_documented_400_reads_per_minute_by_default() {
        for (int i = 1; i <= 400; i++) {
            RateDecision decision = read(A, RatePolicy.HELPSCOUT_V2);
            assertThat(decision.allowed()).as("request %d", i).isTrue();
            assertThat(remaining(decision, RateWindow.HELPSCOUT_V2)).isEqualTo(400 - i);
        }

        RateDecision refused = read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(50);
        assertThat(refused.window(RateWindow.HELPSCOUT_V2).limit()).isEqualTo(400);
    }

    @Test
    void helpscout_v2_writes_cost_two() {
        limit(A, RateWindow.HELPSCOUT_V2, 5);

        assertThat(remaining(write(A, RatePolicy.HELPSCOUT_V2), RateWindow.HELPSCOUT_V2)).isEqualTo(3);
        assertThat(remaining(write(A, RatePolicy.HELPSCOUT_V2), RateWindow.HELPSCOUT_V2)).isEqualTo(1);
    }

    @Test
    void a_write_is_refused_with_one_unit_left_but_a_read_still_fits_and_the_refusal_is_not_counted() {
        limit(A, RateWindow.HELPSCOUT_V2, 5);
        write(A, RatePolicy.HELPSCOUT_V2);
        write(A, RatePolicy.HELPSCOUT_V2);

        RateDecision refusedWrite = write(A, RatePolicy.HELPSCOUT_V2);
        RateDecision read = read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(refusedWrite.allowed()).isFalse();
        assertThat(remaining(refusedWrite, RateWindow.HELPSCOUT_V2)).isEqualTo(1);
        assertThat(read.allowed()).isTrue();
        assertThat(remaining(read, RateWindow.HELPSCOUT_V2)).isZero();
    }

    @Test
    void retry_after_counts_whole_seconds_to_the_next_minute_rounding_up() {
        limit(A, RateWindow.HELPSCOUT_V2, 1);
        clock.advance(Duration.ofMillis(49_200));
        read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(read(A, RatePolicy.HELPSCOUT_V2).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void a_new_minute_starts_from_zero() {
        limit(A, RateWindow.HELPSCOUT_V2, 2);
        read(A, RatePolicy.HELPSCOUT_V2);
        read(A, RatePolicy.HELPSCOUT_V2);
        assertThat(read(A, RatePolicy.HELPSCOUT_V2).allowed()).isFalse();

        clock.advance(Duration.ofSeconds(50));
        RateDecision next = read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(next.allowed()).isTrue();
        assertThat(remaining(next, RateWindow.HELPSCOUT_V2)).isEqualTo(1);
    }

    @Test
    void helpscout_v1_counts_every_request_in_the_minute_and_writes_also_in_the_burst_window() {
        RateDecision read = read(A, RatePolicy.HELPSCOUT_V1);
        RateDecision write = write(A, RatePolicy.HELPSCOUT_V1);

        assertThat(remaining(read, RateWindow.HELPSCOUT_V1)).isEqualTo(199);
        assertThat(remaining(read, RateWindow.HELPSCOUT_V1_BURST)).isEqualTo(12);
        assertThat(remaining(write, RateWindow.HELPSCOUT_V1)).isEqualTo(198);
        assertThat(remaining(write, RateWindow.HELPSCOUT_V1_BURST)).isEqualTo(11);
    }

    @Test
    void helpscout_v1_allows_12_writes_per_5_seconds_and_reads_go_on_meanwhile() {
        for (int i = 0; i < 12; i++) {
            assertThat(write(A, RatePolicy.HELPSCOUT_V1).allowed()).as("write %d", i + 1).isTrue();
        }
        clock.advance(Duration.ofMillis(1_500));

        RateDecision refused = write(A, RatePolicy.HELPSCOUT_V1);
        RateDecision read = read(A, RatePolicy.HELPSCOUT_V1);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(4);
        assertThat(remaining(refused, RateWindow.HELPSCOUT_V1)).isEqualTo(188);
        assertThat(read.allowed()).isTrue();
        assertThat(remaining(read, RateWindow.HELPSCOUT_V1)).isEqualTo(187);

        clock.advance(Duration.ofMillis(3_500));
        assertThat(write(A, RatePolicy.HELPSCOUT_V1).allowed()).isTrue();
    }

    @Test
    void helpscout_v1_minute_limit_refuses_reads_until_the_minute_is_over() {
        limit(A, RateWindow.HELPSCOUT_V1, 3);
        for (int i = 0; i < 3; i++) {
            read(A, RatePolicy.HELPSCOUT_V1);
        }

        RateDecision refused = write(A, RatePolicy.HELPSCOUT_V1);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(50);
        assertThat(remaining(refused, RateWindow.HELPSCOUT_V1_BURST)).as("refusal not counted").isEqualTo(12);
    }

    @Test
    void helpcrunch_allows_120_per_minute_by_default_writes_counting_one() {
        for (int i = 0; i < 60; i++) {
            read(A, RatePolicy.HELPCRUNCH);
            write(A, RatePolicy.HELPCRUNCH);
        }

        RateDecision refused = read(A, RatePolicy.HELPCRUNCH);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.window(RateWindow.HELPCRUNCH).limit()).isEqualTo(120);
    }

    @Test
    void report_mode_never_refuses_and_reports_nothing_left() {
        store.save(A, RateLimitChange.none().withMode(RateLimitMode.REPORT).withLimit(RateWindow.HELPCRUNCH, 2)
                .applyTo(RateLimitSettings.NONE), clock.instant());

        for (int i = 0; i < 5; i++) {
            RateDecision decision = write(A, RatePolicy.HELPCRUNCH);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.mode()).isEqualTo(RateLimitMode.REPORT);
        }
        assertThat(remaining(read(A, RatePolicy.HELPCRUNCH), RateWindow.HELPCRUNCH)).isZero();
    }

    @Test
    void off_mode_counts_nothing_and_has_no_windows_to_report() {
        store.save(A, RateLimitChange.none().withMode(RateLimitMode.OFF).withLimit(RateWindow.HELPSCOUT_V2, 1)
                .applyTo(RateLimitSettings.NONE), clock.instant());

        for (int i = 0; i < 10; i++) {
            assertThat(write(A, RatePolicy.HELPSCOUT_V2)).isEqualTo(RateDecision.OFF);
        }
    }

    @Test
    void accounts_and_dialects_are_counted_apart() {
        limit(A, RateWindow.HELPSCOUT_V2, 1);
        limit(B, RateWindow.HELPSCOUT_V2, 1);
        read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(read(A, RatePolicy.HELPSCOUT_V2).allowed()).isFalse();
        assertThat(read(B, RatePolicy.HELPSCOUT_V2).allowed()).isTrue();
        assertThat(read(A, RatePolicy.HELPSCOUT_V1).allowed()).isTrue();
        assertThat(read(A, RatePolicy.HELPCRUNCH).allowed()).isTrue();
    }

    @Test
    void the_server_default_mode_applies_until_the_account_has_its_own() {
        RateLimiter offByDefault = new RateLimiter(store, WindowCounters.alone(), RateLimitMode.OFF, clock);
        assertThat(offByDefault.check(A, RatePolicy.HELPSCOUT_V2, false)).isEqualTo(RateDecision.OFF);

        store.save(A, RateLimitChange.none().withMode(RateLimitMode.ENFORCE).applyTo(RateLimitSettings.NONE),
                clock.instant());
        offByDefault.forget(A);

        assertThat(offByDefault.check(A, RatePolicy.HELPSCOUT_V2, false).mode()).isEqualTo(RateLimitMode.ENFORCE);
        assertThat(offByDefault.check(B, RatePolicy.HELPSCOUT_V2, false).mode()).isEqualTo(RateLimitMode.OFF);
    }

    @Test
    void settings_are_read_once_per_lifetime_and_a_change_made_elsewhere_is_seen_after_it() {
        read(A, RatePolicy.HELPSCOUT_V2);
        read(A, RatePolicy.HELPSCOUT_V2);
        assertThat(store.reads).hasValue(1);

        // Written behind the limiter's back, as `accounts set` in another process does.
        store.save(A, RateLimitChange.none().withLimit(RateWindow.HELPSCOUT_V2, 7).applyTo(RateLimitSettings.NONE),
                clock.instant());
        assertThat(read(A, RatePolicy.HELPSCOUT_V2).window(RateWindow.HELPSCOUT_V2).limit()).isEqualTo(400);

        clock.advance(RateLimiter.SETTINGS_TTL);
        RateDecision after = read(A, RatePolicy.HELPSCOUT_V2);

        assertThat(after.window(RateWindow.HELPSCOUT_V2).limit()).isEqualTo(7);
        assertThat(remaining(after, RateWindow.HELPSCOUT_V2)).isEqualTo(3);
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void a_settings_store_that_fails_leaves_the_defaults_in_force() {
        RateLimitSettingsStore broken = new RateLimitSettingsStore() {
            @Override
            public java.util.Optional<RateLimitSettings> find(long accountId) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void save(long accountId, RateLimitSettings settings, java.time.Instant now) {
                throw new IllegalStateException("database down");
            }
        };
        RateLimiter withBrokenStore = new RateLimiter(broken, WindowCounters.alone(), RateLimitMode.ENFORCE, clock);

        RateDecision decision = withBrokenStore.check(A, RatePolicy.HELPSCOUT_V2, false);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.window(RateWindow.HELPSCOUT_V2).limit()).isEqualTo(400);
    }

    @Test
    void a_change_keeps_what_it_does_not_name_and_default_clears_an_override() {
        RateLimitSettings first = RateLimitChange.none().withMode(RateLimitMode.REPORT)
                .withLimit(RateWindow.HELPSCOUT_V2, 50).withLimit(RateWindow.HELPCRUNCH, 60)
                .applyTo(RateLimitSettings.NONE);

        RateLimitSettings second = RateLimitChange.none().withLimit(RateWindow.HELPSCOUT_V2, Change.clear())
                .applyTo(first);
        RateLimitSettings third = RateLimitChange.none().withMode(Change.clear()).applyTo(second);

        assertThat(second.mode()).contains(RateLimitMode.REPORT);
        assertThat(second.limit(RateWindow.HELPSCOUT_V2)).isEqualTo(400);
        assertThat(second.limit(RateWindow.HELPCRUNCH)).isEqualTo(60);
        assertThat(third.mode()).isEmpty();
        assertThat(third.mode(RateLimitMode.ENFORCE)).isEqualTo(RateLimitMode.ENFORCE);
        assertThat(third.describe()).isEqualTo("rate-limit-mode=default rate-limit-helpscout-v2=400(default) "
                + "rate-limit-helpscout-v1=200(default) rate-limit-helpscout-v1-burst=12(default) "
                + "rate-limit-helpcrunch=60");
    }

    @Test
    void limits_below_one_or_beyond_a_billion_are_refused_naming_the_option() {
        for (int bad : new int[] {0, -1, RateWindow.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> RateLimitChange.none().withLimit(RateWindow.HELPSCOUT_V1_BURST, bad)
                    .applyTo(RateLimitSettings.NONE))
                    .isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).errors().get(0).path())
                            .isEqualTo("rate-limit-helpscout-v1-burst"));
        }
    }

    @Test
    void modes_parse_in_any_case_and_nothing_else() {
        assertThat(RateLimitMode.parse(" Enforce ")).contains(RateLimitMode.ENFORCE);
        assertThat(RateLimitMode.parse("REPORT")).contains(RateLimitMode.REPORT);
        assertThat(RateLimitMode.parse("off")).contains(RateLimitMode.OFF);
        assertThat(RateLimitMode.parse("on")).isEmpty();
        assertThat(RateLimitMode.parse(null)).isEmpty();
    }

    private void limit(long account, RateWindow window, int limit) {
        RateLimitSettings current = store.find(account).orElse(RateLimitSettings.NONE);
        store.save(account, RateLimitChange.none().withLimit(window, limit).applyTo(current), clock.instant());
        limiter.forget(account);
    }

    private RateDecision read(long account, RatePolicy policy) {
        return limiter.check(account, policy, false);
    }

    private RateDecision write(long account, RatePolicy policy) {
        return limiter.check(account, policy, true);
    }

    private static long remaining(RateDecision decision, RateWindow window) {
        return decision.window(window).remaining();
    }
}
