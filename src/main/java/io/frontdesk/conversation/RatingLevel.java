package io.frontdesk.conversation;

import java.util.Locale;
import java.util.Optional;

/** How a customer rated a reply: Help Scout's three levels ("Great", "Okay", "Not Good"). */
public enum RatingLevel {
    GREAT, OKAY, NOT_GOOD;

    /** {@code great}, {@code okay}, {@code not_good}: the 2.0 rating object's spelling, also how it is stored. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level named by any of the spellings the vendor's surfaces use (reference §8.2): the object's
     * {@code not_good}, the report filter's {@code not-good} and {@code ok}, the 1.0 webhook's {@code Bad}, the
     * numbers 1–3, ignoring case.
     */
    public static Optional<RatingLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "great", "1" -> Optional.of(GREAT);
            case "okay", "ok", "2" -> Optional.of(OKAY);
            case "not_good", "notgood", "bad", "3" -> Optional.of(NOT_GOOD);
            default -> Optional.empty();
        };
    }

    public static RatingLevel fromStored(String token) {
        return valueOf(token.toUpperCase(Locale.ROOT));
    }
}
