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

    /**
     * The same query counted in wall-clock time: for a report or figure that shows no duration, where office hours
     * change nothing but would cost a read of every duration to be measured (docs/reports.md, "Office hours from
     * narrow streams").
     */
    public ReportQuery withoutOfficeHours() {
        return officeHours ? new ReportQuery(current, previous, filter, false, viewBy, user) : this;
    }
}
