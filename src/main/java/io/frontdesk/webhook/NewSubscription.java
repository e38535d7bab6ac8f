package io.frontdesk.webhook;

import java.util.List;

/**
 * A subscription as a client asks for it (a create, or a whole replacement by Help Scout's PUT); the service checks
 * every field. Null means absent.
 *
 * @param state null keeps the current state (enabled for a new subscription)
 */
public record NewSubscription(WebhookDialect dialect, String url, List<String> events, String secret, String label,
                              Boolean notification, String payloadVersion, List<Long> mailboxIds,
                              Subscription.State state) {
}
