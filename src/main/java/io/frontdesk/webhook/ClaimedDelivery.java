package io.frontdesk.webhook;

import io.frontdesk.queue.Claimed;

import java.time.Instant;

/**
 * A delivery a node has claimed: what to send, to which subscription.
 *
 * @param attempts      attempts made before this claim
 * @param payload       the body captured at the change (HelpCrunch's {@code eventData}, wrapped at each attempt)
 * @param lastAttemptAt the previous attempt's time, null before the first
 */
public record ClaimedDelivery(long id, int attempts, long accountId, long subscriptionId, String eventName,
                              String deliveryUuid, String payload, Instant createdAt, Instant lastAttemptAt)
        implements Claimed {
}
