package io.frontdesk.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of thread a client can create. A customer thread is written by the customer; a reply is an agent's
 * message to the customer (the only kind that is emailed); notes are internal; chat and phone record those channels.
 * A line item is written by the core only (a merge, a workflow run): no client creates one, so {@link #parse} does
 * not know it.
 */
public enum ThreadType {
    CUSTOMER, REPLY, NOTE, CHAT, PHONE, LINEITEM;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThreadType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (ThreadType type : values()) {
            if (type != LINEITEM && type.name().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static ThreadType fromStored(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }

    /** Whether the thread is an email of the conversation, so it has a Message-ID that later mail refers to. */
    public boolean isMessage() {
        return this == CUSTOMER || this == REPLY;
    }
}
