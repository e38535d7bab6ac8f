package io.frontdesk.conversation;

import io.frontdesk.core.Change;

import java.time.Instant;
import java.util.List;

/**
 * A thread to add, inside a new conversation or to an existing one.
 *
 * @param customer  who the thread is from or to; null means the conversation's primary customer
 * @param userId    the acting user; null means the caller (or the conversation create's `user`)
 * @param draft     a draft reply (other types ignore it)
 * @param createdAt when it happened; null means now (or the conversation's createdAt inside a create)
 * @param status    the status to give the conversation; null means the type's default (see docs/conversations.md)
 * @param assignTo  a published reply's new assignee: keep, set to null (unassign) or set to a user id
 * @param savedReplyId the saved reply the thread was written from, or null
 */
public record NewThread(ThreadType type, String text, CustomerRef customer, Long userId, boolean draft,
                        List<String> cc, List<String> bcc, Instant createdAt, boolean imported,
                        ConversationStatus status, Change<Long> assignTo, List<NewAttachment> attachments,
                        Long savedReplyId) {

    public NewThread {
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
    }

    /** A thread written from no saved reply. */
    public NewThread(ThreadType type, String text, CustomerRef customer, Long userId, boolean draft,
                     List<String> cc, List<String> bcc, Instant createdAt, boolean imported,
                     ConversationStatus status, Change<Long> assignTo, List<NewAttachment> attachments) {
        this(type, text, customer, userId, draft, cc, bcc, createdAt, imported, status, assignTo, attachments, null);
    }

    /** This thread with {@code text} (a saved reply's) in place of its own. */
    public NewThread withText(String text) {
        return new NewThread(type, text, customer, userId, draft, cc, bcc, createdAt, imported, status, assignTo,
                attachments, savedReplyId);
    }

    /**
     * Whether the customer wrote it: a customer thread always; a chat or phone thread unless a user is named (1.0's
     * `createdBy` of type user, 2.0's `user`), since the core counts both channels as the customer's side in its
     * events, reports and HelpCrunch's messages ({@code ConversationEvents.threadEvent}).
     */
    public boolean byCustomer() {
        return type == ThreadType.CUSTOMER || (type == ThreadType.CHAT || type == ThreadType.PHONE) && userId == null;
    }

    /** A reply with `draft` set; only replies can be drafts. */
    public boolean isDraft() {
        return draft && type == ThreadType.REPLY;
    }
}
