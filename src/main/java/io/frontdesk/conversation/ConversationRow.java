package io.frontdesk.conversation;

import java.time.Instant;

/**
 * The columns of a conversation that the service decides, as written to the store on create and on every change.
 * What follows from the threads (count, preview, waiting time, cc) is a {@link ThreadSummary} instead.
 */
public record ConversationRow(long accountId, long number, long mailboxId, long customerId, ConversationType type,
                              ConversationStatus status, ConversationState state, String subject, Long assigneeId,
                              PersonType createdByType, Long createdById, Long closedById, Instant closedAt,
                              boolean imported, Instant createdAt, Instant updatedAt, Instant userUpdatedAt) {

    /** The row of a loaded conversation, to change and write back. */
    public static ConversationRow of(Conversation c) {
        return new ConversationRow(c.accountId(), c.number(), c.mailboxId(), c.primaryCustomer().id(), c.type(),
                c.status(), c.state(), c.subject(), c.assignee() == null ? null : c.assignee().id(),
                c.createdBy() == null ? null : c.createdBy().type(), c.createdBy() == null ? null : c.createdBy().id(),
                c.closedBy() == null ? null : c.closedBy().id(), c.closedAt(), c.imported(), c.createdAt(),
                c.updatedAt(), c.userUpdatedAt());
    }

    public ConversationRow withSubject(String value) {
        return new ConversationRow(accountId, number, mailboxId, customerId, type, status, state, value, assigneeId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, updatedAt, userUpdatedAt);
    }

    /** A new status; closing records who and when, anything else clears that. */
    public ConversationRow withStatus(ConversationStatus value, long userId, Instant now) {
        if (value == status) {
            return this;
        }
        boolean closing = value == ConversationStatus.CLOSED;
        return new ConversationRow(accountId, number, mailboxId, customerId, type, value, state, subject, assigneeId,
                createdByType, createdById, closing ? Long.valueOf(userId) : null, closing ? now : null, imported,
                createdAt, updatedAt, userUpdatedAt);
    }

    public ConversationRow withState(ConversationState value) {
        return new ConversationRow(accountId, number, mailboxId, customerId, type, status, value, subject, assigneeId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, updatedAt, userUpdatedAt);
    }

    public ConversationRow withAssignee(Long userId) {
        return new ConversationRow(accountId, number, mailboxId, customerId, type, status, state, subject, userId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, updatedAt, userUpdatedAt);
    }

    public ConversationRow withMailbox(long value) {
        return new ConversationRow(accountId, number, value, customerId, type, status, state, subject, assigneeId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, updatedAt, userUpdatedAt);
    }

    public ConversationRow withCustomer(long value) {
        return new ConversationRow(accountId, number, mailboxId, value, type, status, state, subject, assigneeId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, updatedAt, userUpdatedAt);
    }

    /** Changed now; {@code byUser} also moves userUpdatedAt (a customer thread does not). */
    public ConversationRow touched(Instant now, boolean byUser) {
        return new ConversationRow(accountId, number, mailboxId, customerId, type, status, state, subject, assigneeId,
                createdByType, createdById, closedById, closedAt, imported, createdAt, now,
                byUser ? now : userUpdatedAt);
    }
}
