package io.frontdesk.ratelimit.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.ratelimit.RateWindow;
import io.frontdesk.ratelimit.SharedCounterStore;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared counters on PostgreSQL. Every statement touches rows in one order (account, window name, start), so two
 * nodes locking the same account's rows queue instead of deadlocking.
 */
public final class JdbcSharedCounterStore implements SharedCounterStore {

    private static final String ADD_ONE = """
            INSERT INTO rate_limit_counters AS c (account_id, window_name, window_start, used)
            VALUES (:account, :window, :start, :add)
            ON CONFLICT (account_id, window_name, window_start) DO UPDATE SET used = c.used + EXCLUDED.used
            RETURNING used""";
    private static final String TAKE_BACK = """
            UPDATE rate_limit_counters SET used = used - :cost
            WHERE account_id = :account AND window_name = :window AND window_start = :start""";
    private static final String ADD_MANY = """
            INSERT INTO rate_limit_counters AS c (account_id, window_name, window_start, used)
            SELECT account_id, window_name, window_start, used
            FROM unnest(CAST(:accounts AS BIGINT[]), CAST(:windows AS TEXT[]), CAST(:starts AS BIGINT[]),
                        CAST(:deltas AS BIGINT[])) AS t (account_id, window_name, window_start, used)
            ORDER BY account_id, window_name, window_start
            ON CONFLICT (account_id, window_name, window_start) DO UPDATE SET used = c.used + EXCLUDED.used""";
    private static final String READ_MANY = """
            SELECT c.account_id, c.window_name, c.window_start, c.used
            FROM rate_limit_counters c
            JOIN unnest(CAST(:accounts AS BIGINT[]), CAST(:windows AS TEXT[]), CAST(:starts AS BIGINT[]))
                 AS t (account_id, window_name, window_start)
              ON c.account_id = t.account_id AND c.window_name = t.window_name AND c.window_start = t.window_start""";
    private static final Comparator<CounterKey> ORDER = Comparator.comparingLong(CounterKey::accountId)
            .thenComparing(key -> key.window().key()).thenComparingLong(CounterKey::windowStart);

    private final Database db;

    public JdbcSharedCounterStore(Database db) {
        this.db = db;
    }

    /**
     * One transaction: add each window's unwritten units and the request's cost (locking the rows), and if any window
     * went over, take the costs back. Two statements per window in the worst case, one plus the commit usually.
     */
    @Override
    public Claimed claim(List<Claim> claims) {
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing(Claim::key, ORDER));
        return db.inTransaction(() -> db.withHandle(h -> {
            Map<CounterKey, Long> totals = new HashMap<>();
            boolean admitted = true;
            for (Claim claim : ordered) {
                long total = add(h, claim.key(), claim.flush() + claim.cost());
                totals.put(claim.key(), total);
                admitted &= total <= claim.limit();
            }
            if (!admitted) {
                for (Claim claim : ordered) {
                    takeBack(h, claim.key(), claim.cost());
                    totals.merge(claim.key(), (long) -claim.cost(), Long::sum);
                }
            }
            List<Long> inOrder = new ArrayList<>(claims.size());
            for (Claim claim : claims) {
                inOrder.add(totals.get(claim.key()));
            }
            return new Claimed(admitted, inOrder);
        }));
    }

    private static long add(Handle h, CounterKey key, long amount) {
        return h.createQuery(ADD_ONE).bind("account", key.accountId()).bind("window", key.window().key())
                .bind("start", key.windowStart()).bind("add", amount).mapTo(Long.class).one();
    }

    private static void takeBack(Handle h, CounterKey key, int cost) {
        h.createUpdate(TAKE_BACK).bind("cost", cost).bind("account", key.accountId())
                .bind("window", key.window().key()).bind("start", key.windowStart()).execute();
    }

    /** Two statements for any number of accounts: the additions, then one read of every row asked for. */
    @Override
    public Map<CounterKey, Long> exchange(Map<CounterKey, Long> deltas) {
        List<CounterKey> adding = deltas.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .sorted(ORDER).toList();
        List<CounterKey> all = new ArrayList<>(deltas.keySet());
        return db.withHandle(h -> {
            if (!adding.isEmpty()) {
                h.createUpdate(ADD_MANY)
                        .bindArray("accounts", Long.class, adding.stream().map(CounterKey::accountId).toList())
                        .bindArray("windows", String.class, adding.stream().map(k -> k.window().key()).toList())
                        .bindArray("starts", Long.class, adding.stream().map(CounterKey::windowStart).toList())
                        .bindArray("deltas", Long.class, adding.stream().map(deltas::get).toList())
                        .execute();
            }
            Map<CounterKey, Long> totals = new HashMap<>();
            for (CounterKey key : all) {
                totals.put(key, 0L);
            }
            h.createQuery(READ_MANY)
                    .bindArray("accounts", Long.class, all.stream().map(CounterKey::accountId).toList())
                    .bindArray("windows", String.class, all.stream().map(k -> k.window().key()).toList())
                    .bindArray("starts", Long.class, all.stream().map(CounterKey::windowStart).toList())
                    .map((rs, ctx) -> Map.entry(new CounterKey(rs.getLong("account_id"),
                            window(rs.getString("window_name")), rs.getLong("window_start")), rs.getLong("used")))
                    .forEach(entry -> totals.put(entry.getKey(), entry.getValue()));
            return totals;
        });
    }

    @Override
    public int purgeBefore(long windowStart) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM rate_limit_counters WHERE window_start < :start")
                .bind("start", windowStart).execute());
    }

    private static RateWindow window(String key) {
        for (RateWindow window : RateWindow.values()) {
            if (window.key().equals(key)) {
                return window;
            }
        }
        throw new IllegalStateException("unknown rate window in the counter table: " + key);
    }
}
