package io.frontdesk.report;

import java.time.ZoneId;

/**
 * An account's report settings: the time zone that days, weeks, months and busy hours are counted in, and its office
 * hours (which {@code officeHours=true} counts response and resolution times in). Set by
 * {@code frontdesk reports office-hours}; an account that never set them reports in UTC with no office hours.
 */
public record ReportSettings(ZoneId zone, OfficeHours officeHours) {

    public static final ReportSettings DEFAULT = new ReportSettings(ZoneId.of("UTC"), OfficeHours.NONE);
}
