package io.frontdesk.webhook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each dialect's {@link WebhookPayloads}, with the plain envelopes for a dialect that registered none. */
public final class PayloadRegistry {

    private final Map<WebhookDialect, WebhookPayloads> byDialect = new EnumMap<>(WebhookDialect.class);
    private final Map<WebhookDialect, Boolean> registered = new EnumMap<>(WebhookDialect.class);

    public PayloadRegistry(List<WebhookPayloads> payloads) {
        for (WebhookDialect dialect : WebhookDialect.values()) {
            byDialect.put(dialect, new DefaultEnvelopes(dialect));
            registered.put(dialect, false);
        }
        for (WebhookPayloads p : payloads) {
            byDialect.put(p.dialect(), p);
            registered.put(p.dialect(), true);
        }
    }

    public WebhookPayloads get(WebhookDialect dialect) {
        return byDialect.get(dialect);
    }

    /** Whether the dialect's adapter renders events (otherwise its subscriptions receive only test deliveries). */
    public boolean rendersEvents(WebhookDialect dialect) {
        return registered.get(dialect);
    }
}
