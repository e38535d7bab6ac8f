package io.frontdesk.junit;

import java.time.Instant;
import java.util.List;

/**
 * One webhook delivery of an account with its attempts ({@code /_frontdesk/accounts/{id}/webhooks/…}).
 *
 * @param event      the delivery's event name ({@code convo.created}, {@code customer.created}, …)
 * @param eventType  the core event ({@code CONVERSATION_CREATED}, …)
 * @param resourceId the event's subject (customer, conversation), null when it has none
 * @param status     {@code pending}, {@code delivered}, {@code failed}, …
 */
public record WebhookDelivery(long id, long subscriptionId, String event, String eventType, Long resourceId,
                              String status, int attemptCount, Instant occurredAt, Instant deliveredAt,
                              String lastError, List<Attempt> attempts) {

    /** @param statusCode null when no answer came (refused, timed out) */
    public record Attempt(Instant attemptedAt, Integer statusCode, long durationMs, String error) {
    }
}
