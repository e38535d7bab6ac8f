package io.frontdesk.ratelimit;

import io.frontdesk.ratelimit.SharedCounterStore.Claim;
import io.frontdesk.ratelimit.SharedCounterStore.Claimed;
import io.frontdesk.ratelimit.SharedCounterStore.CounterKey;
import io.frontdesk.ratelimit.jdbc.JdbcSharedCounterStore;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared counter table on PostgreSQL (SQLite has none: one node counts in memory). Windows a day ahead keep these
 * rows apart from the live limiter's and out of reach of its purge.
 */
class SharedCounterTableTest {

    private static final long DAY = 86_400_000L;

    private final JdbcSharedCounterStore table = new JdbcSharedCounterStore(
            Backend.POSTGRESQL.server().app().database());
    private final long account = Backend.POSTGRESQL.tenant().accountId();
    private final long minute = RateWindow.HELPSCOUT_V1.windowStart(System.currentTimeMillis() + DAY);
    private final CounterKey minuteKey = new CounterKey(account, RateWindow.HELPSCOUT_V1, minute);
    private final CounterKey burstKey = new CounterKey(account, RateWindow.HELPSCOUT_V1_BURST, minute);

    @Test
    void a_claim_adds_the_unwritten_units_and_the_cost_when_every_window_has_room() {
        Claimed claimed = table.claim(List.of(new Claim(minuteKey, 3, 1, 10), new Claim(burstKey, 0, 1, 2)));

        assertThat(claimed.admitted()).isTrue();
        assertThat(claimed.totals()).containsExactly(4L, 1L);
    }

    @Test
    void a_refused_claim_keeps_the_unwritten_units_and_takes_every_cost_back() {
        table.claim(List.of(new Claim(minuteKey, 3, 1, 10), new Claim(burstKey, 0, 1, 2)));

        Claimed refused = table.claim(List.of(new Claim(burstKey, 0, 2, 2), new Claim(minuteKey, 2, 1, 10)));

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.totals()).containsExactly(1L, 6L);
        assertThat(table.exchange(Map.of(minuteKey, 0L, burstKey, 0L))).isEqualTo(Map.of(minuteKey, 6L, burstKey, 1L));
    }

    @Test
    void an_exchange_adds_the_deltas_and_reads_every_key_a_missing_row_being_zero() {
        table.exchange(Map.of(minuteKey, 5L));

        Map<CounterKey, Long> totals = table.exchange(Map.of(minuteKey, 2L, burstKey, 0L));

        assertThat(totals).isEqualTo(Map.of(minuteKey, 7L, burstKey, 0L));
    }

    @Test
    void concurrent_claims_from_many_connections_never_pass_the_limit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                workers.add(pool.submit(() -> {
                    int admitted = 0;
                    for (int i = 0; i < 20; i++) {
                        admitted += table.claim(List.of(new Claim(minuteKey, 0, 1, 50))).admitted() ? 1 : 0;
                    }
                    return admitted;
                }));
            }
            int admitted = 0;
            for (Future<Integer> worker : workers) {
                admitted += worker.get();
            }

            assertThat(admitted).isEqualTo(50);
            assertThat(table.exchange(Map.of(minuteKey, 0L))).containsEntry(minuteKey, 50L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void purge_deletes_only_windows_that_started_before_the_cut() {
        CounterKey later = new CounterKey(account, RateWindow.HELPSCOUT_V1, minute + 60_000);
        table.exchange(Map.of(minuteKey, 1L, later, 1L));

        table.purgeBefore(minute + 1);

        assertThat(table.exchange(Map.of(minuteKey, 0L, later, 0L))).isEqualTo(Map.of(minuteKey, 0L, later, 1L));
    }
}
