package io.frontdesk.sandbox;

import io.frontdesk.mail.MailSender;
import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.mail.SendResult;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The mail sender of a sandbox: the outbox queues and its worker "sends" as under SMTP, but every message is kept here,
 * in memory and bounded, for the admin API to show, instead of reaching a mail server.
 */
public final class CapturedMail implements MailSender {

    /** How many messages are kept; the oldest go first. */
    public static final int LIMIT = 1000;

    /** One message as the outbox handed it over. */
    public record Captured(long sequence, Instant capturedAt, OutgoingMessage message) {
    }

    private final Clock clock;
    private final Deque<Captured> messages = new ArrayDeque<>();
    private long sequence;

    public CapturedMail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized SendResult send(OutgoingMessage message) {
        messages.addLast(new Captured(++sequence, clock.instant(), message));
        while (messages.size() > LIMIT) {
            messages.removeFirst();
        }
        return SendResult.sent();
    }

    /** Oldest first; {@code accountId} null means every account. */
    public synchronized List<Captured> list(Long accountId) {
        List<Captured> out = new ArrayList<>();
        for (Captured c : messages) {
            if (accountId == null || c.message().accountId() == accountId) {
                out.add(c);
            }
        }
        return out;
    }

    /** Forgets every message, or one account's; answers how many went. */
    public synchronized int clear(Long accountId) {
        int before = messages.size();
        messages.removeIf(c -> accountId == null || c.message().accountId() == accountId);
        return before - messages.size();
    }
}
