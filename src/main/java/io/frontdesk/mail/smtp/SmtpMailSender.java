package io.frontdesk.mail.smtp;

import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.mail.MailSender;
import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.mail.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends through the configured SMTP server with Jakarta Mail (Angus): one connection per message, with the configured
 * transport security and timeouts. The password is handed to {@code connect} only; it is in no property, no log and
 * no error text.
 */
public final class SmtpMailSender implements MailSender {

    private final FrontdeskConfig.Smtp smtp;
    private final Session session;

    public SmtpMailSender(FrontdeskConfig.Smtp smtp) {
        if (!smtp.enabled()) {
            throw new IllegalArgumentException("SMTP is not configured");
        }
        this.smtp = smtp;
        this.session = Session.getInstance(SmtpProperties.of(smtp));
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        MimeMessage mime;
        try {
            mime = MimeMessages.build(session, message);
        } catch (MessagingException e) {
            // The message cannot be written (a malformed address): it never will be.
            return SendResult.permanent(SmtpFailures.describe(e));
        }
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(smtp.host().orElseThrow(), smtp.port(), smtp.username().orElse(null),
                    smtp.password().orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            return SmtpFailures.classify(e);
        } finally {
            closeQuietly(transport);
        }
        return SendResult.sent();
    }

    /** After the server accepted the message, a failed QUIT changes nothing: it must not turn into a retry. */
    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // The message was accepted or the failure is already reported; the connection is gone either way.
        }
    }
}
