package io.frontdesk.conversation;

import java.time.Instant;
import java.util.List;

/** A thread as the store inserts it; {@code status} null means it changed nothing. */
public record NewThreadRow(long accountId, long conversationId, ThreadType type, ThreadState state,
                           ConversationStatus status, String text, Long customerId, PersonType createdByType,
                           Long createdById, Long assignedToId, List<String> to, List<String> cc, List<String> bcc,
                           boolean imported, Instant createdAt) {

    public NewThreadRow {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
