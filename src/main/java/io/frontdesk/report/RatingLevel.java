package io.frontdesk.report;

import java.util.Locale;
import java.util.Optional;

/** Help Scout's three happiness levels (helpscout-more.md §8.2), with the 1.0 numbers reports name them by. */
public enum RatingLevel {
    GREAT(1), OKAY(2), NOT_GOOD(3);

    private final int number;

    RatingLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A recorded rating's level: Help Scout's own tokens, or HelpCrunch's five chat ratings folded onto three
     * (perfect and great are great, average is okay, poor and very poor are not good; docs/reports.md).
     */
    public static Optional<RatingLevel> ofRecorded(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return switch (token.trim().toLowerCase(Locale.ROOT)) {
            case "great", "perfect" -> Optional.of(GREAT);
            case "okay", "ok", "average" -> Optional.of(OKAY);
            case "not_good", "not good", "not-good", "bad", "poor", "very poor", "very_poor" -> Optional.of(NOT_GOOD);
            default -> Optional.empty();
        };
    }
}
