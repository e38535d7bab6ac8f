package io.frontdesk.search;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The units of date math such as {@code NOW-180DAYS} and {@code NOW/DAY}. */
enum DateUnit {
    SECOND(ChronoUnit.SECONDS),
    MINUTE(ChronoUnit.MINUTES),
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS),
    MONTH(ChronoUnit.MONTHS),
    YEAR(ChronoUnit.YEARS);

    private final ChronoUnit chronoUnit;

    DateUnit(ChronoUnit chronoUnit) {
        this.chronoUnit = chronoUnit;
    }

    /** Singular and plural are both accepted whatever the amount, since users write {@code NOW-1DAYS} too. */
    static DateUnit fromName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        String singular = upper.endsWith("S") ? upper.substring(0, upper.length() - 1) : upper;
        for (DateUnit unit : values()) {
            if (unit.name().equals(upper) || unit.name().equals(singular)) {
                return unit;
            }
        }
        return null;
    }

    /** Months and years are calendar-aware, so Jan 31 plus one month is the last day of February. */
    ZonedDateTime add(ZonedDateTime time, long amount) {
        return time.plus(amount, chronoUnit);
    }

    ZonedDateTime roundDown(ZonedDateTime time) {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> time.truncatedTo(chronoUnit);
            // ISO weeks start on Monday; Solr has no week rounding, so there is no other convention to follow.
            case WEEK -> time.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case YEAR -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }
}
