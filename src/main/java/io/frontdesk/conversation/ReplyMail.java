package io.frontdesk.conversation;

import java.util.List;

/**
 * What the email of a published reply takes from the reply.
 *
 * @param recipient the reply's own recipient, or null to send to the conversation's primary customer
 */
record ReplyMail(long threadId, String text, List<String> cc, List<String> bcc, String messageId, String recipient) {

    static ReplyMail of(ConversationThread reply) {
        String to = !reply.to().isEmpty() ? reply.to().get(0)
                : reply.customer() != null ? reply.customer().email() : null;
        return new ReplyMail(reply.id(), reply.text(), reply.cc(), reply.bcc(), reply.messageId(), to);
    }
}
