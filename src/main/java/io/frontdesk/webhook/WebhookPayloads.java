package io.frontdesk.webhook;

import io.frontdesk.eventlog.Event;

import java.util.List;

/**
 * A dialect's rendering of core events for its webhook subscribers; each dialect adapter implements it. It is called
 * inside the change's transaction, so the body is the resource as it is at the moment of the change, not when the
 * delivery is sent.
 */
public interface WebhookPayloads {

    WebhookDialect dialect();

    /** The dialect's event names for a core event (several, as HelpCrunch's {@code chat.closed} with its
     * {@code chat.status_updated}); empty when the dialect has none for it. */
    List<String> eventNames(Event event);

    /**
     * The captured payload of {@code eventName}: for Help Scout the whole body, for HelpCrunch the {@code eventData}
     * that {@link #envelope} wraps at each attempt. {@code notification} asks for Help Scout's URI-only body.
     */
    String capture(Event event, String eventName, boolean notification);

    /**
     * The bytes sent at one attempt. Help Scout sends the captured body as it is; HelpCrunch wraps it with the
     * attempt count and time, so its body (and signature) differ between attempts.
     *
     * @param attemptsBefore deliveries attempted before this one
     * @param deliveryId     stable across attempts; receivers de-duplicate on it
     */
    String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                    long createdEpochSecond, String deliveryId);
}
