package io.frontdesk.report;

import java.time.Instant;

/**
 * One thing that happened, as the reports count it, written by {@link ReportRecorder} in the transaction of the change.
 * The mailbox, type and customer are the conversation's when it happened.
 *
 * @param userId     the user who replied, closed or was rated; null for a customer or the system
 * @param since      for a reply, when the customer started waiting for it; for a close, the conversation's creation;
 *                   for a rating, when the rated reply was written
 * @param replies    for a reply, its ordinal among the conversation's replies; for a close, the replies before it
 * @param firstReply a customer-started conversation's first reply (what the first response time measures)
 * @param rating     a rating's level
 * @param status     the conversation's status when it happened (the folder it was in: docs/reports.md); null for a
 *                   fact written before V44 (unknown, in no folder)
 * @param assigneeId the conversation's assignee when it happened; null for none (or unknown, with {@code status})
 */
public record ReportFact(FactKind kind, long conversationId, long number, long mailboxId, String conversationType,
                         Long customerId, Long userId, Long threadId, Instant at, Instant since, Integer replies,
                         boolean firstReply, RatingLevel rating, String comments, String status,
                         Long assigneeId) {
}
