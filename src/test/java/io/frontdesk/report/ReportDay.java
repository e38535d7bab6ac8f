package io.frontdesk.report;

import java.time.Instant;

/**
 * Monday 2026-03-02 (UTC), the day the hand-worked report scenarios happen on, and the Sunday before it as the
 * previous period: the same dates in every class, so figures worked out for one day read the same everywhere.
 */
final class ReportDay {

    /** The day as the reports' query parameters. */
    static final String DAY = "start=2026-03-02T00:00:00Z&end=2026-03-03T00:00:00Z";
    /** The day with the Sunday before as the previous period. */
    static final String BOTH = DAY + "&previousStart=2026-03-01T00:00:00Z&previousEnd=2026-03-02T00:00:00Z";
    static final Instant MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");
    static final ReportPeriod PERIOD = new ReportPeriod(MIDNIGHT, MIDNIGHT.plusSeconds(86_400));

    private ReportDay() {
    }

    /** A time of the day, "09:30". */
    static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }
}
