package io.frontdesk.sandbox;

import io.frontdesk.webhook.Delivery;

/**
 * A webhook delivery as the sandbox shows it: the delivery log's row with the event behind it.
 *
 * @param eventType  the core event type (conversation.created), or null when the event record is gone
 * @param resourceId the event's subject id (a conversation, customer, …), or null
 */
public record DeliveryView(Delivery delivery, Long eventId, String eventType, Long resourceId) {
}
