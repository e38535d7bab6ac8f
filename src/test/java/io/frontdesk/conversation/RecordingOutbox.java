package io.frontdesk.conversation;

import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.mail.Outbox;

import java.util.ArrayList;
import java.util.List;

/** An {@link Outbox} that keeps what it is given; the real one belongs to the mail package. */
final class RecordingOutbox implements Outbox {

    private final List<OutgoingMessage> messages = new ArrayList<>();

    @Override
    public synchronized void enqueue(OutgoingMessage message) {
        messages.add(message);
    }

    synchronized List<OutgoingMessage> messages() {
        return List.copyOf(messages);
    }

    synchronized OutgoingMessage only() {
        if (messages.size() != 1) {
            throw new AssertionError("expected one message, got " + messages);
        }
        return messages.get(0);
    }

    synchronized void clear() {
        messages.clear();
    }
}
