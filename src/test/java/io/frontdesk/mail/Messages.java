package io.frontdesk.mail;

import java.util.List;
import java.util.UUID;

/** Outgoing messages for the tests: replies that continue a thread and auto-replies that start one. */
final class Messages {

    private Messages() {
    }

    static String newMessageId() {
        return "reply-" + UUID.randomUUID() + "@desk.test";
    }

    /** A reply to the customer, continuing a conversation that has two earlier messages. */
    static OutgoingMessage reply(long accountId, String messageId) {
        return new OutgoingMessage(accountId, 41, 7L, "Support Team", "support@desk.test",
                List.of("customer@example.test"), List.of("colleague@example.test"), List.of("archive@desk.test"),
                "Re: Where is my order?", "Hello Ann,\n\nit ships today.\n\nBob", null, messageId,
                "customer-2@example.test", List.of("customer-1@example.test", "agent-1@desk.test",
                "customer-2@example.test"));
    }

    static OutgoingMessage reply(long accountId) {
        return reply(accountId, newMessageId());
    }

    /** A mailbox's auto-reply: no thread, nothing to reply to yet except the customer's first message. */
    static OutgoingMessage autoReply(long accountId, String messageId) {
        return new OutgoingMessage(accountId, 42, null, "Support", "support@desk.test",
                List.of("customer@example.test"), List.of(), List.of(), "Re: Help", "We got your message.",
                "<p>We got your <b>message</b>.</p>", messageId, "customer-first@example.test",
                List.of("customer-first@example.test"));
    }

    /** A minimal message to one recipient. */
    static OutgoingMessage simple(long accountId, String to, String subject) {
        return new OutgoingMessage(accountId, 43, 9L, "Support", "support@desk.test", List.of(to), List.of(),
                List.of(), subject, "Body of " + subject, null, newMessageId(), null, List.of());
    }
}
