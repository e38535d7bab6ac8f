package io.frontdesk.webhook;

import java.time.Instant;

/** One event queued for one subscription, as the delivery log shows it. */
public record Delivery(long id, long subscriptionId, String eventName, String deliveryUuid, Status status,
                       int attempts, Instant nextAttemptAt, String lastError, Instant occurredAt, Instant createdAt,
                       Instant lastAttemptAt, Instant deliveredAt) {

    /** Pending until a 2xx answer (delivered) or until it is given up (failed; `webhooks redeliver` retries it). */
    public enum Status {
        PENDING, DELIVERED, FAILED;

        public String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
