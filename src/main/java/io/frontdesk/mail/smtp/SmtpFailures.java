package io.frontdesk.mail.smtp;

import io.frontdesk.mail.SendResult;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts a failed SMTP conversation into "try again" and "give up". Only what the message itself causes is permanent:
 * a malformed address, a 5xx reply to a recipient or to the message data. Everything an operator or time can fix
 * (a refused connection, a timeout, a 4xx reply, a refused login or sender, a missing STARTTLS) is retried, so
 * messages survive a misconfiguration until it is corrected.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static SendResult classify(MessagingException error) {
        if (error instanceof SendFailedException failed && notEmpty(failed.getValidSentAddresses())) {
            // Partly delivered (mail.smtp.sendpartial): a retry would reach the accepted recipients twice.
            int refused = failed.getInvalidAddresses() == null ? 0 : failed.getInvalidAddresses().length;
            return new SendResult(SendResult.Outcome.SENT, refused + " recipient(s) refused: " + describe(error));
        }
        List<Throwable> chain = chain(error);
        boolean permanent = false;
        for (Throwable t : chain) {
            if (t instanceof AddressException) {
                return SendResult.permanent("malformed address: " + describe(t));
            }
            if (t instanceof SMTPSenderFailedException) {
                return SendResult.retry(describe(t));
            }
            int code = t instanceof SMTPAddressFailedException address ? address.getReturnCode()
                    : t instanceof SMTPSendFailedException send ? send.getReturnCode() : -1;
            if (code >= 400 && code < 500) {
                return SendResult.retry(describe(t));
            }
            permanent |= code >= 500 && code < 600 && !authenticationReply(code);
        }
        return permanent ? SendResult.permanent(describe(error)) : SendResult.retry(describe(error));
    }

    /** 530 (authentication or STARTTLS required), 534, 535, 538: the server's setup, not the message. */
    private static boolean authenticationReply(int code) {
        return code == 530 || code == 534 || code == 535 || code == 538;
    }

    /** The exception, its causes and the exceptions chained to it (one per refused recipient), without loops. */
    private static List<Throwable> chain(MessagingException error) {
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(error));
        while (!todo.isEmpty() && chain.size() < 50) {
            Throwable t = todo.remove(0);
            if (t == null || chain.contains(t)) {
                continue;
            }
            chain.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException messaging) {
                todo.add(messaging.getNextException());
            }
        }
        return chain;
    }

    /** One line: the class and the server's reply or the I/O reason. Jakarta Mail never puts a password in these. */
    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").trim();
        Throwable cause = t.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
        }
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static boolean notEmpty(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }
}
