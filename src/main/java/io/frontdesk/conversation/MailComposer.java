package io.frontdesk.conversation;

import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.mailbox.Mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the outgoing email of a published reply and a mailbox's auto-reply, threaded by Message-ID so mail clients
 * keep the conversation together.
 *
 * <p>Message-IDs are {@code thread-<threadId>.<conversationId>@<mailbox domain>}, stored on the thread when it is
 * written so they never change. A reply's In-Reply-To is the newest earlier message of the conversation and its
 * References are all earlier ones, oldest first. The subject is the conversation's, prefixed `Re: ` unless the reply
 * is the conversation's first message (an outbound conversation) or the subject already starts with `Re:`.
 */
final class MailComposer {

    static final String AUTO_REPLY_TEXT = "Hello,\n\nWe received your message and will get back to you as soon as "
            + "possible. Please reply to this email if you have anything to add.\n\n";

    private MailComposer() {
    }

    static String messageId(long threadId, long conversationId, Mailbox mailbox) {
        return "thread-" + threadId + "." + conversationId + "@" + domain(mailbox);
    }

    /**
     * @param newestFirst every thread of the conversation, the reply included
     * @param recipient   the customer's address
     */
    static OutgoingMessage reply(MailContext conversation, Mailbox mailbox, ReplyMail reply,
                                 List<ThreadHead> newestFirst, String recipient) {
        List<String> earlier = earlierMessageIds(reply.threadId(), newestFirst);
        String subject = earlier.isEmpty() ? conversation.subject() : reply(conversation.subject());
        return new OutgoingMessage(conversation.accountId(), conversation.conversationId(), reply.threadId(),
                mailbox.name(), mailbox.email(), List.of(recipient), reply.cc(), reply.bcc(), subject, reply.text(),
                null, reply.messageId(), earlier.isEmpty() ? null : earlier.get(earlier.size() - 1), earlier);
    }

    /** The auto-reply to a new conversation's customer message; it is no thread, so its id says `autoreply`. */
    static OutgoingMessage autoReply(MailContext conversation, Mailbox mailbox, List<ThreadHead> newestFirst,
                                     String recipient) {
        List<String> earlier = new ArrayList<>();
        String inReplyTo = null;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ThreadHead thread = newestFirst.get(i);
            if (thread.messageId() != null && thread.state() == ThreadState.PUBLISHED) {
                earlier.add(thread.messageId());
                if (thread.type() == ThreadType.CUSTOMER) {
                    inReplyTo = thread.messageId();
                }
            }
        }
        return new OutgoingMessage(conversation.accountId(), conversation.conversationId(), null, mailbox.name(),
                mailbox.email(), List.of(recipient), List.of(), List.of(), reply(conversation.subject()),
                AUTO_REPLY_TEXT + mailbox.name(), null,
                "autoreply-" + conversation.conversationId() + "@" + domain(mailbox), inReplyTo, earlier);
    }

    /** Published messages written before thread {@code threadId}, oldest first. */
    private static List<String> earlierMessageIds(long threadId, List<ThreadHead> newestFirst) {
        List<String> ids = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ThreadHead other = newestFirst.get(i);
            if (other.id() == threadId) {
                break;
            }
            if (other.messageId() != null && other.state() != ThreadState.DRAFT) {
                ids.add(other.messageId());
            }
        }
        return ids;
    }

    private static String reply(String subject) {
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }

    private static String domain(Mailbox mailbox) {
        String email = mailbox.email();
        int at = email.lastIndexOf('@');
        return at < 0 ? "localhost" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
