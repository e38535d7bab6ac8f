package io.frontdesk.mail;

/**
 * Hands one message to a mail server. Implementations do not retry and do not throw for delivery problems: they say
 * in the {@link SendResult} whether trying again later can help, and the outbox queue (OutboxSender and its QueueLane) decides when.
 */
public interface MailSender {

    SendResult send(OutgoingMessage message);
}
