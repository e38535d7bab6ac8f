package io.frontdesk.report;

/**
 * The figures of one period (docs/reports.md defines each). Averages are seconds or counts, null when there was
 * nothing to average; percentages are 0-100.
 */
public record Totals(ReportPeriod period, long days, int totalConversations, int conversationsCreated, int customers,
                     int customerMessages, int totalReplies, int customersHelped, int totalUsers, int closed, int resolved,
                     int resolvedOnFirstReply, Double resolutionTime, Double repliesToResolve, Double responseTime,
                     Double firstResponseTime, int greatCount, int okayCount, int notGoodCount,
                     int totalCustomersWithRatings, Integer busiestDay) {

    public double conversationsPerDay() {
        return (double) totalConversations / days;
    }

    public double repliesPerDay() {
        return (double) totalReplies / days;
    }

    public double resolvedPerDay() {
        return (double) resolved / days;
    }

    public double repliesPerDayPerUser() {
        return totalUsers == 0 ? 0.0 : repliesPerDay() / totalUsers;
    }

    public double percentResolvedOnFirstReply() {
        return Figures.percent(resolvedOnFirstReply, resolved);
    }

    public int ratingsCount() {
        return greatCount + okayCount + notGoodCount;
    }

    public double great() {
        return Figures.percent(greatCount, ratingsCount());
    }

    public double okay() {
        return Figures.percent(okayCount, ratingsCount());
    }

    public double notGood() {
        return Figures.percent(notGoodCount, ratingsCount());
    }

    /** Great% − not good%, from −100 to 100; 0 without ratings. */
    public double happinessScore() {
        return Figures.round(great() - notGood());
    }

    /** Customers in scope, raters or not: those who received a reply, and any who rated. */
    public int totalCustomers() {
        return Math.max(customersHelped, totalCustomersWithRatings);
    }

    public double ratingsPercent() {
        return Figures.percent(totalCustomersWithRatings, totalCustomers());
    }
}
