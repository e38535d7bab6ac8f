package io.frontdesk.webhook;

import io.frontdesk.eventlog.Event;

import java.util.List;

/**
 * The wire of a dialect whose adapter registered no {@link WebhookPayloads}: Help Scout bodies are sent as captured,
 * HelpCrunch's are wrapped in its envelope ({@code event}, {@code eventData}, {@code attempts}, {@code lastAttemptAt},
 * {@code createdAt}, {@code id}). It fires no events of its own; it serves the test deliveries of `webhooks test`.
 */
final class DefaultEnvelopes implements WebhookPayloads {

    private final WebhookDialect dialect;

    DefaultEnvelopes(WebhookDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public WebhookDialect dialect() {
        return dialect;
    }

    @Override
    public List<String> eventNames(Event event) {
        return List.of();
    }

    @Override
    public String capture(Event event, String eventName, boolean notification) {
        throw new IllegalStateException("no payloads for " + dialect);
    }

    @Override
    public String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                           long createdEpochSecond, String deliveryId) {
        if (dialect != WebhookDialect.HELPCRUNCH) {
            return captured;
        }
        return "{\"event\":" + quote(eventName) + ",\"eventData\":" + captured + ",\"attempts\":" + attemptsBefore
                + ",\"lastAttemptAt\":" + lastAttemptEpochSecond + ",\"createdAt\":" + createdEpochSecond
                + ",\"id\":" + quote(deliveryId) + "}";
    }

    /** A JSON string of a name or id; they hold no quotes or control characters, but escape them anyway. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
