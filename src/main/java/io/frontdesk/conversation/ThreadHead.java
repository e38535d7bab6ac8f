package io.frontdesk.conversation;

import java.time.Instant;

/** What ordering and mail threading need of a thread, without its text, people or attachments. */
public record ThreadHead(long id, ThreadType type, ThreadState state, String messageId, Instant createdAt) {

    static ThreadHead of(ConversationThread thread) {
        return new ThreadHead(thread.id(), thread.type(), thread.state(), thread.messageId(), thread.createdAt());
    }
}
