package io.frontdesk.chat;

import java.util.Locale;
import java.util.Optional;

/** The five ratings a chat can get, best first. */
public enum ChatRating {
    PERFECT, GREAT, AVERAGE, POOR, VERY_POOR;

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Optional<ChatRating> parse(String text) {
        for (ChatRating rating : values()) {
            if (text != null && rating.token().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
