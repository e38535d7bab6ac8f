package io.frontdesk.conversation;

import java.util.Locale;

/** Published, a draft reply not sent yet, or hidden from the conversation by an agent. */
public enum ThreadState {
    PUBLISHED, DRAFT, HIDDEN;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ThreadState fromStored(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
