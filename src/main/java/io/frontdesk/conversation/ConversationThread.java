package io.frontdesk.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One thread of a conversation. Named so rather than {@code Thread} to keep {@link java.lang.Thread} unshadowed.
 *
 * @param status      the conversation status this thread set, or null when it changed nothing ("nochange")
 * @param customer    the customer the thread is from (customer threads) or to (replies); null when none
 * @param createdBy   the customer for customer threads, otherwise the acting user
 * @param assignedTo  the user a published reply assigned the conversation to, or null
 * @param to          the recipients of a reply
 * @param messageId   the Message-ID of customer and reply threads (without angle brackets), null for the rest
 * @param savedReplyId the saved reply the thread was written from, or null
 * @param schedule    the "send later" of a draft, or null
 * @param rating      the customer's rating of a reply, or null
 * @param action      what a line item records; null for every other thread
 */
public record ConversationThread(long id, long conversationId, ThreadType type, ThreadState state,
                                 ConversationStatus status, String text, PersonRef customer, PersonRef createdBy,
                                 PersonRef assignedTo, List<String> to, List<String> cc, List<String> bcc,
                                 boolean imported, String messageId, Instant createdAt, Instant updatedAt,
                                 List<Attachment> attachments, Long savedReplyId, ThreadSchedule schedule,
                                 ThreadRating rating, ThreadAction action) {

    public ConversationThread {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
    }

    /** A thread written from no saved reply. */
    public ConversationThread(long id, long conversationId, ThreadType type, ThreadState state,
                              ConversationStatus status, String text, PersonRef customer, PersonRef createdBy,
                              PersonRef assignedTo, List<String> to, List<String> cc, List<String> bcc,
                              boolean imported, String messageId, Instant createdAt, Instant updatedAt,
                              List<Attachment> attachments) {
        this(id, conversationId, type, state, status, text, customer, createdBy, assignedTo, to, cc, bcc, imported,
                messageId, createdAt, updatedAt, attachments, null, null, null, null);
    }

    public ConversationThread withAttachments(List<Attachment> list) {
        return new ConversationThread(id, conversationId, type, state, status, text, customer, createdBy, assignedTo,
                to, cc, bcc, imported, messageId, createdAt, updatedAt, list, savedReplyId, schedule, rating, action);
    }
}
