package io.frontdesk.conversation;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of threads and their attachments. Lists are newest first (createdAt, then id). */
public interface ThreadStore {

    long insert(NewThreadRow row);

    void setMessageId(long threadId, String messageId);

    /** Every thread of the conversation with its attachments. */
    List<ConversationThread> list(long conversationId);

    /** The heads of every thread of the conversation, newest first: a read far lighter than {@link #list}. */
    List<ThreadHead> heads(long conversationId);

    Page<ConversationThread> page(long conversationId, PageRequest page);

    Optional<ConversationThread> find(long conversationId, long threadId);

    /** New text; the text before the first edit is kept as the original. */
    void updateText(long threadId, String text, Instant now);

    void updateState(long threadId, ThreadState state, Instant now);

    /** Publishes a draft: state published and createdAt now, so it sorts (and threads by mail) where it was sent. */
    void publish(long threadId, Instant now);

    Attachment insertAttachment(long accountId, long conversationId, long threadId, NewAttachment attachment,
                                Instant now);

    Optional<byte[]> attachmentData(long conversationId, long attachmentId);

    boolean deleteAttachment(long conversationId, long attachmentId);

    /** Sets a thread's "send later", or clears it (null). */
    void setSchedule(long threadId, ThreadSchedule schedule);

    /** Clears the schedules of the conversation's threads that a customer reply cancels. */
    void unscheduleOnCustomerReply(long conversationId);

    /** An attachment's bytes, file name and type (a raw download). */
    Optional<AttachmentFile> attachmentFile(long conversationId, long attachmentId);

    /** The conversation a thread of the account belongs to (1.0 names notes by id alone). */
    Optional<Long> threadConversation(long accountId, long threadId);

    /** Removes a thread with its attachments. */
    void delete(long threadId);

    /** The conversation an attachment of the account belongs to (1.0 names attachments by id alone). */
    Optional<Long> attachmentConversation(long accountId, long attachmentId);
}
