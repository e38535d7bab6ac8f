package io.frontdesk.conversation;

import java.util.Locale;
import java.util.Optional;

/** Where a conversation stands. `open` in list filters means active or pending. */
public enum ConversationStatus {
    ACTIVE, PENDING, CLOSED, SPAM;

    /** The lower-case token used on the wire and in the database. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named by {@code text}, ignoring case and surrounding blanks. */
    public static Optional<ConversationStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (ConversationStatus status : values()) {
            if (status.name().equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Reads a stored token; rows written before the V5 migration always carry one of these. */
    public static ConversationStatus fromStored(String token) {
        return parse(token).orElse(ACTIVE);
    }
}
