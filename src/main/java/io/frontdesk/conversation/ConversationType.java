package io.frontdesk.conversation;

import java.util.Locale;
import java.util.Optional;

/** The channel a conversation runs on. */
public enum ConversationType {
    EMAIL, CHAT, PHONE;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConversationType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (ConversationType type : values()) {
            if (type.name().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static ConversationType fromStored(String token) {
        return parse(token).orElse(EMAIL);
    }
}
