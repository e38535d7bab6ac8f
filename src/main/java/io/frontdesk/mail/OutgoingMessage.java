package io.frontdesk.mail;

import java.util.List;

/**
 * An email to send on behalf of a mailbox: a published reply to a customer, or a mailbox's auto-reply.
 *
 * @param accountId      the tenant
 * @param conversationId the conversation the message belongs to
 * @param threadId       the thread it renders (a reply thread), or null for an auto-reply
 * @param fromName       the display name of the sender (the mailbox name)
 * @param fromAddress    the mailbox's address
 * @param to             recipients (the customer's email first)
 * @param cc             carbon copies, possibly empty
 * @param bcc            blind copies, possibly empty
 * @param subject        the subject line exactly as sent (the conversation composer prefixes `Re: ` for replies)
 * @param text           the body as plain text
 * @param html           the body as HTML, or null
 * @param messageId      this message's Message-ID, without angle brackets, unique across the installation
 * @param inReplyTo      the Message-ID this answers, or null for the first message of a conversation
 * @param references     every earlier Message-ID of the conversation, oldest first, so mail clients thread it
 */
public record OutgoingMessage(long accountId, long conversationId, Long threadId, String fromName, String fromAddress,
                              List<String> to, List<String> cc, List<String> bcc, String subject, String text,
                              String html, String messageId, String inReplyTo, List<String> references) {

    public OutgoingMessage {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        references = List.copyOf(references);
    }
}
