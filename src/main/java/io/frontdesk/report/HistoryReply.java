package io.frontdesk.report;

import java.time.Instant;

/**
 * One reply of a user's conversation history, as the office-hours figures need it: its wait's two ends and, repeated
 * on each reply of the conversation, the ends of the period's last close of it when that close was the user's and
 * resolved it.
 *
 * @param since         when the customer started waiting for the reply; null when no one waited
 * @param resolvedSince the conversation's creation, when the close resolved it; else null, as {@code resolvedAt}
 */
public record HistoryReply(long conversationId, long number, String status, long customerId, Instant since,
                           Instant at, boolean firstReply, Instant resolvedSince, Instant resolvedAt) {
}
