package io.frontdesk.conversation;

import java.time.Instant;

/** A file attached to a thread; the bytes are read separately ({@link ConversationService#attachmentData}). */
public record Attachment(long id, long conversationId, long threadId, String fileName, String mimeType, long size,
                         Instant createdAt) {
}
