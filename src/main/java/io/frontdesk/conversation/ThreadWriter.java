package io.frontdesk.conversation;

import io.frontdesk.mail.Outbox;
import io.frontdesk.mailbox.Mailbox;

import java.time.Instant;
import java.util.List;

/**
 * Writes threads the same way for a new conversation and an existing one: the row, its Message-ID, its attachments;
 * recomputes a conversation's thread summary when an edit can change it anywhere; queues the emails of published
 * replies and auto-replies.
 */
final class ThreadWriter {

    private final ConversationStore conversations;
    private final ThreadStore threads;
    private final Outbox outbox;

    ThreadWriter(ConversationStore conversations, ThreadStore threads, Outbox outbox) {
        this.conversations = conversations;
        this.threads = threads;
        this.outbox = outbox;
    }

    WrittenThread insert(NewThreadRow row, List<NewAttachment> attachments, Mailbox mailbox, Instant now) {
        long id = threads.insert(row);
        String messageId = null;
        if (row.type().isMessage()) {
            messageId = MailComposer.messageId(id, row.conversationId(), mailbox);
            threads.setMessageId(id, messageId);
        }
        for (NewAttachment attachment : attachments) {
            threads.insertAttachment(row.accountId(), row.conversationId(), id, attachment, now);
        }
        return new WrittenThread(id, messageId, row);
    }

    /** False when outgoing mail is off: nothing {@link #sendReply} queues would be sent. */
    boolean sendsMail() {
        return outbox.sends();
    }

    /** Recomputes the conversation's summary from all its threads and answers them, newest first. */
    List<ConversationThread> refresh(long conversationId) {
        List<ConversationThread> all = threads.list(conversationId);
        conversations.updateSummary(conversationId, ThreadSummaries.of(all));
        return all;
    }

    /**
     * Queues the email of a published reply, inside the caller's transaction. The recipient is the reply's own,
     * else the conversation's primary customer; with no address at all, or in a chat, there is nothing to send.
     *
     * @param newestFirst the heads of every thread of the conversation, the reply included
     */
    void sendReply(MailContext conversation, Mailbox mailbox, ReplyMail reply, List<ThreadHead> newestFirst) {
        String to = reply.recipient() != null ? reply.recipient() : conversation.primaryEmail();
        if (to != null && conversation.emailed()) {
            outbox.enqueue(MailComposer.reply(conversation, mailbox, reply, newestFirst, to));
        }
    }

    /** @param customerEmail the address of the newest customer thread's customer, if it has one */
    void sendAutoReply(MailContext conversation, Mailbox mailbox, List<ThreadHead> newestFirst,
                       String customerEmail) {
        String to = customerEmail != null ? customerEmail : conversation.primaryEmail();
        if (to != null && conversation.emailed()) {
            outbox.enqueue(MailComposer.autoReply(conversation, mailbox, newestFirst, to));
        }
    }
}
