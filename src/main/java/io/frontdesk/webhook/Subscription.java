package io.frontdesk.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One webhook subscription of an account: where to send which events, in which dialect's wire.
 *
 * @param secret              Help Scout's subscriber-chosen secret, or the HelpCrunch signing key; it signs every
 *                            delivery and is never logged
 * @param mailboxIds          limits {@code convo.*} events to these mailboxes; empty means every mailbox
 * @param disabledReason      why the subscription was disabled (410, a run of failures, a client's PUT); null when
 *                            enabled or never said
 * @param consecutiveFailures failed attempts since the last success; a success resets it
 */
public record Subscription(long id, long accountId, WebhookDialect dialect, String url, List<String> events,
                           String secret, String label, boolean notification, String payloadVersion,
                           List<Long> mailboxIds, State state, String disabledReason, int consecutiveFailures,
                           Instant createdAt, Instant modifiedAt) {

    /** Whether deliveries are made; a disabled subscription's pending deliveries fail without being sent. */
    public enum State {
        ENABLED, DISABLED;

        public String token() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Subscription {
        events = List.copyOf(events);
        mailboxIds = List.copyOf(mailboxIds);
    }

    public boolean enabled() {
        return state == State.ENABLED;
    }
}
