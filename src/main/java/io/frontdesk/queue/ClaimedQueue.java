package io.frontdesk.queue;

import java.time.Instant;
import java.util.List;

/**
 * One kind of background work kept in a table that workers on every node drain under leases (db.LeasedTable gives the
 * claim protocol). The {@link QueueWorker} polls, claims, runs, and records failures; a queue says how to claim, how
 * to do one item and how to record it.
 */
public interface ClaimedQueue<T extends Claimed> {

    /**
     * Claims up to {@code limit} pending items that are due at {@code now} and not under another node's unexpired
     * lease, oldest first, for {@code node} until {@code leaseUntil}. Runs in its own transaction.
     */
    List<T> claim(String node, Instant now, Instant leaseUntil, int limit);

    /**
     * Does one attempt at the item and, when it succeeds, records that itself (each queue records success in its own
     * way: a job in the transaction of its work, an email right after the server took it). Failures come back as the
     * outcome; an exception is treated as a failure another attempt may mend.
     *
     * @param attempt this attempt's number, 1 for the first
     */
    Outcome run(T item, String node, int attempt);

    /** Records a failed attempt and when to try again, and gives up the claim. */
    void reschedule(long id, String node, int attempts, Instant nextAttempt, String error);

    /** Records that the item will never be done. */
    void markFailed(long id, String node, int attempts, String error);

    /** Gives up claims this node will not use (a stop, a lease about to run out), so another node may take them. */
    void release(List<Long> ids, String node);

    /** How logs name the item, noun first ({@code job 7 (customer.delete, account 2)}): never its payload. */
    default String describe(T item) {
        return "item " + item.id();
    }
}
