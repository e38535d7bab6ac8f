package io.frontdesk.mail;

import java.time.Instant;

/**
 * The delivery state of one queued message, for operators and tests; the message itself is left out.
 *
 * @param claimedBy    the node holding the claim, or for a sent message the node that sent it; null when unclaimed
 * @param claimedUntil when the claim lapses, or null
 * @param lastError    the last failed attempt's reason, or null
 * @param sentAt       when the server accepted it, or null
 */
public record OutboxEntry(long id, long accountId, String messageId, Status status, int attempts,
                          Instant nextAttemptAt, String claimedBy, Instant claimedUntil, String lastError,
                          Instant createdAt, Instant sentAt) {

    /** Where a message is in its life: waiting (perhaps for a retry), delivered, or given up. */
    public enum Status {
        PENDING, SENT, FAILED
    }
}
