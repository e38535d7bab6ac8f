package io.frontdesk.ratelimit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared counter table in memory, with the semantics of the PostgreSQL one (each call atomic), so tests can put
 * two nodes on it and decide exactly when they exchange.
 */
final class FakeSharedTable implements SharedCounterStore {

    private final Map<CounterKey, Long> rows = new HashMap<>();
    volatile boolean down;
    int claims;
    int exchanges;

    @Override
    public synchronized Claimed claim(List<Claim> asked) {
        failIfDown();
        claims++;
        boolean admitted = true;
        for (Claim claim : asked) {
            admitted &= rows.getOrDefault(claim.key(), 0L) + claim.flush() + claim.cost() <= claim.limit();
        }
        List<Long> totals = new ArrayList<>();
        for (Claim claim : asked) {
            long total = rows.merge(claim.key(), claim.flush() + (admitted ? claim.cost() : 0), Long::sum);
            totals.add(total);
        }
        return new Claimed(admitted, totals);
    }

    @Override
    public synchronized Map<CounterKey, Long> exchange(Map<CounterKey, Long> deltas) {
        failIfDown();
        exchanges++;
        Map<CounterKey, Long> totals = new HashMap<>();
        deltas.forEach((key, delta) -> totals.put(key, rows.merge(key, delta, Long::sum)));
        return totals;
    }

    @Override
    public synchronized int purgeBefore(long windowStart) {
        int before = rows.size();
        rows.keySet().removeIf(key -> key.windowStart() < windowStart);
        return before - rows.size();
    }

    synchronized long total(long accountId, RateWindow window, long windowStart) {
        return rows.getOrDefault(new CounterKey(accountId, window, windowStart), 0L);
    }

    private void failIfDown() {
        if (down) {
            throw new IllegalStateException("connection refused");
        }
    }
}
