package io.frontdesk.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The worker's side of the jobs table: claim due jobs under a lease, then record what became of each. Several nodes
 * may claim at once on one database; each due job goes to exactly one of them until its lease expires.
 */
public interface JobStore {

    /**
     * Claims up to {@code limit} pending jobs of the given kinds that are due at {@code now} and not under another
     * node's unexpired lease, oldest first, for {@code node} until {@code leaseUntil}. Runs in its own transaction.
     */
    List<ClaimedJob> claim(String node, Instant now, Instant leaseUntil, int limit, Set<JobKind> kinds);

    /**
     * Marks the job done in the current transaction. Returns false when it was no longer pending: another node
     * finished it first, and the caller must roll back what it did.
     */
    boolean markDone(long id, String node, int attempts, Instant now);

    /** Records a failed attempt and when to try again, and gives up the claim. */
    void reschedule(long id, String node, int attempts, Instant nextAttempt, String error);

    /** Records that the job will never run. */
    void markFailed(long id, String node, int attempts, String error);

    /** Gives up claims this node will not use (a stop), so another node may take them at once. */
    void release(List<Long> ids, String node);
}
