package io.frontdesk.savedreply;

import java.time.Instant;

/**
 * A reply text kept in a mailbox for reuse. {@code text} is HTML for email; {@code chatText} is plain text for chat;
 * either may be null. A reply with chat text only is a chat reply.
 */
public record SavedReply(long id, long accountId, long mailboxId, String name, String text, String chatText,
                         Instant createdAt, Instant updatedAt) {

    public boolean chatOnly() {
        return (text == null || text.isBlank()) && chatText != null && !chatText.isBlank();
    }
}
