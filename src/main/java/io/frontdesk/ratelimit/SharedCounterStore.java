package io.frontdesk.ratelimit;

import java.util.List;
import java.util.Map;

/**
 * The counters that several nodes on one database share: one row per account, window and window start. Only
 * PostgreSQL deployments have one; a single SQLite node counts in memory.
 */
public interface SharedCounterStore {

    /** One window's row. */
    record CounterKey(long accountId, RateWindow window, long windowStart) {
    }

    /**
     * One window of a request that is decided against the shared total.
     *
     * @param flush units this node admitted earlier and has not written yet: added whatever the outcome
     * @param cost  what the request uses: added only when every claimed window stays within its limit
     */
    record Claim(CounterKey key, long flush, int cost, int limit) {
    }

    /**
     * @param admitted true when every window had room and the costs were added
     * @param totals   each claimed window's shared total after the decision, in the order of the claims
     */
    record Claimed(boolean admitted, List<Long> totals) {
    }

    /** Decides a request against the shared totals, atomically over all its windows. */
    Claimed claim(List<Claim> claims);

    /** Adds each delta (zero only reads) and answers every key's shared total. */
    Map<CounterKey, Long> exchange(Map<CounterKey, Long> deltas);

    /** Deletes the rows of windows that started before {@code windowStart}; returns how many. */
    int purgeBefore(long windowStart);
}
