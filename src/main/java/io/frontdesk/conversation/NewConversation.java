package io.frontdesk.conversation;

import io.frontdesk.core.Change;

import java.time.Instant;
import java.util.List;

/**
 * Everything `POST /v2/conversations` carries, already checked for shape by the dialect.
 *
 * @param threads   as the client listed them: newest first
 * @param createdAt null means now
 * @param closedAt  honoured for imported closed conversations only
 * @param assignTo  keep = the mailbox default (unassigned), set(null) = unassigned, set(id) = that user
 * @param userId    the user creating it; null means the caller
 * @param tags      tag names, created when new
 */
public record NewConversation(String subject, ConversationType type, long mailboxId, ConversationStatus status,
                              CustomerRef customer, List<NewThread> threads, Instant createdAt, Instant closedAt,
                              boolean autoReply, boolean imported, Change<Long> assignTo, Long userId,
                              List<String> tags, List<FieldInput> fields) {

    public NewConversation {
        threads = List.copyOf(threads);
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
    }
}
