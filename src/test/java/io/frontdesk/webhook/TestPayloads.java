package io.frontdesk.webhook;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for a dialect adapter's payloads (the real ones render the resources): a few events with names of
 * each catalogue and a body that names the event, the subject and the time, and counts its captures.
 */
final class TestPayloads implements WebhookPayloads {

    final AtomicInteger captures = new AtomicInteger();
    private final WebhookDialect dialect;

    TestPayloads(WebhookDialect dialect) {
        this.dialect = dialect;
    }

    static List<WebhookPayloads> all() {
        return List.of(new TestPayloads(WebhookDialect.HELPSCOUT_V2), new TestPayloads(WebhookDialect.HELPSCOUT_V1),
                new TestPayloads(WebhookDialect.HELPCRUNCH));
    }

    @Override
    public WebhookDialect dialect() {
        return dialect;
    }

    @Override
    public List<String> eventNames(Event event) {
        boolean crunch = dialect == WebhookDialect.HELPCRUNCH;
        return switch (event.type()) {
            case CUSTOMER_CREATED -> List.of(crunch ? "customer.new" : "customer.created");
            case CONVERSATION_STATUS -> crunch ? List.of("chat.status_updated", "chat.closed")
                    : List.of("convo.status");
            case CONVERSATION_CREATED -> List.of(crunch ? "chat.new" : "convo.created");
            default -> List.of();
        };
    }

    @Override
    public String capture(Event event, String eventName, boolean notification) {
        captures.incrementAndGet();
        if (notification) {
            return "{\"id\":" + event.subjectId() + ",\"_links\":{\"self\":{\"href\":\"https://desk.test/"
                    + event.subjectId() + "\"}}}";
        }
        return "{\"id\":" + event.subjectId() + ",\"event\":\"" + eventName + "\",\"occurredAt\":\""
                + event.occurredAt() + "\"}";
    }

    @Override
    public String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                           long createdEpochSecond, String deliveryId) {
        return new DefaultEnvelopes(dialect).envelope(eventName, captured, attemptsBefore, lastAttemptEpochSecond,
                createdEpochSecond, deliveryId);
    }

    static Event event(long id, long account, EventType type, long subject, Long mailbox, java.time.Instant at) {
        return new Event(id, account, type, subject, mailbox, null, null, at, java.util.Map.of());
    }
}
