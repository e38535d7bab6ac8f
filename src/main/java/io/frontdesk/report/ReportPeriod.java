package io.frontdesk.report;

import java.time.Duration;
import java.time.Instant;

/** A report's time range, {@code start} included, {@code end} excluded. */
public record ReportPeriod(Instant start, Instant end) {

    /**
     * Whole days in the range, at least one: Help Scout's January report (the 1st 00:00 to the 31st 23:59:59) counts 30.
     */
    public long days() {
        return Math.max(1, Duration.between(start, end).toDays());
    }
}
