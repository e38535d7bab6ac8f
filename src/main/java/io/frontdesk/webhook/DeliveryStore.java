package io.frontdesk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook delivery queue and its log. {@link #enqueue} joins the caller's transaction (the change's); the
 * worker's operations each run on their own. Claims follow the lease protocol of {@code db.LeasedTable}.
 */
public interface DeliveryStore {

    /** Queues one delivery in the current transaction and answers its id; the delivery id (a UUID) is made here. */
    long enqueue(long accountId, long subscriptionId, Long eventId, String eventName, String payload,
                 Instant occurredAt, Instant now);

    /** Claims due pending deliveries, oldest first; {@code onlyId} claims just that one when it is due. */
    List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit, Long onlyId);

    /** Records that the receiver took it; false when it was no longer pending. */
    boolean markDelivered(long id, int attempts, Instant now);

    void reschedule(long id, String node, int attempts, Instant next, String error);

    void markFailed(long id, String node, int attempts, String error);

    void release(List<Long> ids, String node);

    /**
     * Gives up the pending deliveries of a subscription that was just disabled, except those another node holds
     * (they give up themselves). Answers how many.
     */
    int failPending(long subscriptionId, Instant now, String reason);

    void recordAttempt(Attempt attempt);

    Optional<Delivery> find(long accountId, long id);

    /** A subscription's deliveries, newest first, at most {@code limit}. */
    List<Delivery> list(long accountId, long subscriptionId, boolean failedOnly, int limit);

    /** A delivery's attempts, oldest first. */
    List<Attempt> attempts(long deliveryId);

    /** Queues a delivered or failed delivery again, due now, with a fresh retry schedule. */
    boolean redeliver(long accountId, long id, Instant now);

    /** {@link #redeliver} for every failed delivery of a subscription; answers how many. */
    int redeliverFailed(long accountId, long subscriptionId, Instant now);

    /** Pending and failed deliveries of every account, for the periodic log line. */
    Figures figures();

    /**
     * Deletes at most {@code limit} deliveries delivered before {@code before}, with their attempts; answers how many
     * went. Pending and failed deliveries stay (a failed one may still be redelivered).
     */
    int pruneDelivered(Instant before, int limit);

    record Figures(long pending, long failed) {
    }
}
