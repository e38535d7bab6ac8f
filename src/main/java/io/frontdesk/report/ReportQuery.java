package io.frontdesk.report;

/**
 * What every report is asked for.
 *
 * @param previous    the period to compare with, or null
 * @param officeHours count durations in the account's office hours only (when it has any)
 * @param viewBy      how series are cut; null picks by the length of the period
 * @param user        the user a user report is about (a team's id stands for its members), or null for the company
 */
public record ReportQuery(ReportPeriod current, ReportPeriod previous, ReportFilter filter, boolean officeHours,
                          ViewBy viewBy, Long user) {
}
