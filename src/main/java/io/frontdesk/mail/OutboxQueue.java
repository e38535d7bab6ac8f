package io.frontdesk.mail;

import java.time.Instant;
import java.util.List;

/**
 * The worker's side of the outbox: claim due messages under a lease, then record what became of each. Several nodes
 * may call {@link #claim} at once on one database; each due message goes to exactly one of them until its lease
 * expires. The other methods change a row only while it is still pending, so a late node cannot undo a delivery.
 */
public interface OutboxQueue {

    /**
     * Claims up to {@code limit} pending messages that are due at {@code now} and not under another node's unexpired
     * lease, oldest first, for {@code node} until {@code leaseUntil}.
     */
    List<ClaimedMessage> claim(String node, Instant now, Instant leaseUntil, int limit);

    /**
     * Records that the mail server accepted the message, in its own transaction. Returns false when the row was no
     * longer pending: another node had already sent it after this node's lease expired.
     */
    boolean markSent(long id, int attempts, Instant now);

    /** Records a failed attempt and when to try again, and gives up the claim. */
    void reschedule(long id, String node, int attempts, Instant nextAttempt, String error);

    /** Records that the message will never be sent. */
    void markFailed(long id, String node, int attempts, String error);

    /** Gives up claims this node will not use (a stop, a lease about to run out), so another node may take them. */
    void release(List<Long> ids, String node);
}
