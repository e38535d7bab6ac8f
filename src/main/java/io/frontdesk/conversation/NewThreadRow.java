package io.frontdesk.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A thread as the store inserts it; {@code status} null means it changed nothing, {@code savedReplyId} null that it
 * was written from no saved reply, {@code action} null that it is no line item.
 */
public record NewThreadRow(long accountId, long conversationId, ThreadType type, ThreadState state,
                           ConversationStatus status, String text, Long customerId, PersonType createdByType,
                           Long createdById, Long assignedToId, List<String> to, List<String> cc, List<String> bcc,
                           boolean imported, Instant createdAt, Long savedReplyId,
                           ThreadAction action) {

    public NewThreadRow {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    public NewThreadRow(long accountId, long conversationId, ThreadType type, ThreadState state,
                        ConversationStatus status, String text, Long customerId, PersonType createdByType,
                        Long createdById, Long assignedToId, List<String> to, List<String> cc, List<String> bcc,
                        boolean imported, Instant createdAt) {
        this(accountId, conversationId, type, state, status, text, customerId, createdByType, createdById,
                assignedToId, to, cc, bcc, imported, createdAt, null, null);
    }

    public NewThreadRow(long accountId, long conversationId, ThreadType type, ThreadState state,
                        ConversationStatus status, String text, Long customerId, PersonType createdByType,
                        Long createdById, Long assignedToId, List<String> to, List<String> cc, List<String> bcc,
                        boolean imported, Instant createdAt, Long savedReplyId) {
        this(accountId, conversationId, type, state, status, text, customerId, createdByType, createdById,
                assignedToId, to, cc, bcc, imported, createdAt, savedReplyId, null);
    }
}
