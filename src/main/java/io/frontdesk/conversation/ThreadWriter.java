package io.frontdesk.conversation;

import io.frontdesk.mail.Outbox;
import io.frontdesk.mailbox.Mailbox;

import java.time.Instant;
import java.util.List;

/**
 * Writes threads the same way for a new conversation and an existing one: the row, its Message-ID, its attachments;
 * then the conversation's thread summary; then, for published replies, the email.
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

    long insert(NewThreadRow row, List<NewAttachment> attachments, Mailbox mailbox, Instant now) {
        long id = threads.insert(row);
        if (row.type().isMessage()) {
            threads.setMessageId(id, MailComposer.messageId(id, row.conversationId(), mailbox));
        }
        for (NewAttachment attachment : attachments) {
            threads.insertAttachment(row.accountId(), row.conversationId(), id, attachment, now);
        }
        return id;
    }

    /** Recomputes the conversation's summary and answers its threads, newest first. */
    List<ConversationThread> refresh(long conversationId) {
        List<ConversationThread> all = threads.list(conversationId);
        conversations.updateSummary(conversationId, ThreadSummaries.of(all));
        return all;
    }

    /**
     * Queues the email of a published reply, inside the caller's transaction. The recipient is the reply's
     * customer, else the conversation's primary customer; with no address at all there is nothing to send.
     */
    void sendReply(Conversation conversation, Mailbox mailbox, long threadId, List<ConversationThread> all) {
        ConversationThread reply = all.stream().filter(t -> t.id() == threadId).findFirst().orElseThrow();
        String to = !reply.to().isEmpty() ? reply.to().get(0)
                : reply.customer() != null && reply.customer().email() != null ? reply.customer().email()
                : conversation.primaryCustomer().email();
        if (to != null) {
            outbox.enqueue(MailComposer.reply(conversation, mailbox, reply, all, to));
        }
    }

    void sendAutoReply(Conversation conversation, Mailbox mailbox, List<ConversationThread> all) {
        String to = all.stream().filter(t -> t.type() == ThreadType.CUSTOMER && t.customer() != null)
                .map(t -> t.customer().email()).filter(email -> email != null).findFirst()
                .orElse(conversation.primaryCustomer().email());
        if (to != null) {
            outbox.enqueue(MailComposer.autoReply(conversation, mailbox, all, to));
        }
    }
}
