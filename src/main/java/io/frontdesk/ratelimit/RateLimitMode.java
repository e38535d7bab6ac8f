package io.frontdesk.ratelimit;

import java.util.Locale;
import java.util.Optional;

/** What the limiter does with an account's requests. */
public enum RateLimitMode {
    /** Counts, sends the dialect's headers, and answers 429 once a window is used up. */
    ENFORCE,
    /** Counts and sends the headers, never refuses; logs once per window when the account goes over. */
    REPORT,
    /** Neither counts nor sends headers. */
    OFF;

    /** The lower-case name used in configuration, on the command line and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code enforce}, {@code report} or {@code off}, in any case; anything else is empty. */
    public static Optional<RateLimitMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (RateLimitMode mode : values()) {
            if (mode.wireName().equalsIgnoreCase(text.trim())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
