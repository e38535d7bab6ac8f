package io.frontdesk.report;

import java.time.Instant;

/**
 * The running state {@link ReportRecorder} keeps per conversation to write its next fact: not a figure, and never read
 * by the report code.
 *
 * @param awaitingSince when the oldest customer message not yet answered by a reply arrived; null when none waits
 * @param assigneeId    the assignee as of the conversation's last event; null for none
 */
public record ConversationHistory(long conversationId, long accountId, long number, Long customerId,
                                  Instant createdAt, boolean byCustomer, String status, int replies,
                                  Instant awaitingSince, Long lastReplyThread, Long lastReplyUser,
                                  Instant lastReplyAt, Long assigneeId) {

    ConversationHistory withStatus(String next) {
        return new ConversationHistory(conversationId, accountId, number, customerId, createdAt, byCustomer, next,
                replies, awaitingSince, lastReplyThread, lastReplyUser, lastReplyAt, assigneeId);
    }

    ConversationHistory withAssignee(Long next) {
        return new ConversationHistory(conversationId, accountId, number, customerId, createdAt, byCustomer, status,
                replies, awaitingSince, lastReplyThread, lastReplyUser, lastReplyAt, next);
    }

    ConversationHistory waiting(Instant at) {
        return awaitingSince != null ? this : new ConversationHistory(conversationId, accountId, number, customerId,
                createdAt, byCustomer, status, replies, at, lastReplyThread, lastReplyUser, lastReplyAt,
                assigneeId);
    }

    ConversationHistory replied(long threadId, Long userId, Instant at) {
        return new ConversationHistory(conversationId, accountId, number, customerId, createdAt, byCustomer, status,
                replies + 1, null, threadId, userId, at, assigneeId);
    }
}
