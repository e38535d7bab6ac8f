package io.frontdesk.mail.smtp;

import io.frontdesk.mail.OutgoingMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an {@link OutgoingMessage} as a MIME message: the mailbox as sender, plain text (with an HTML alternative
 * when there is one), and the headers that thread it in the customer's mail client.
 */
final class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMessages() {
    }

    static MimeMessage build(Session session, OutgoingMessage m) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, angle(m.messageId()));
        try {
            mime.setFrom(new InternetAddress(m.fromAddress(), m.fromName(), UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setRecipients(Message.RecipientType.TO, addresses(m.to()));
        mime.setRecipients(Message.RecipientType.CC, addresses(m.cc()));
        mime.setRecipients(Message.RecipientType.BCC, addresses(m.bcc()));
        mime.setSubject(m.subject(), UTF_8);
        mime.setSentDate(new Date());
        if (m.inReplyTo() != null) {
            mime.setHeader("In-Reply-To", angle(m.inReplyTo()));
        }
        if (!m.references().isEmpty()) {
            String references = m.references().stream().map(MimeMessages::angle).collect(Collectors.joining(" "));
            // Folded so a long conversation stays within the 998-character line limit of RFC 5322.
            mime.setHeader("References", MimeUtility.fold("References: ".length(), references));
        }
        if (m.threadId() == null) {
            // RFC 3834: marks the auto-reply as automatic, so the customer's own auto-responder does not answer it.
            mime.setHeader("Auto-Submitted", "auto-replied");
        }
        String text = m.text() == null ? "" : m.text();
        if (m.html() == null) {
            mime.setText(text, UTF_8);
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), UTF_8, "html");
            mime.setContent(new MimeMultipart("alternative", plain, html));
        }
        mime.saveChanges();
        return mime;
    }

    /** Strict parsing: a malformed address is a permanent failure, not something to guess at. */
    private static InternetAddress[] addresses(List<String> list) throws MessagingException {
        InternetAddress[] parsed = new InternetAddress[list.size()];
        for (int i = 0; i < list.size(); i++) {
            parsed[i] = new InternetAddress(list.get(i), true);
        }
        return parsed;
    }

    static String angle(String id) {
        return "<" + id + ">";
    }

    /** Keeps the Message-ID the conversation recorded; Jakarta Mail would otherwise invent one on save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
