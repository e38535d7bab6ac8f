package io.frontdesk.report;

/**
 * The counts of {@link FactCounts} that are not sums: each is a count of distinct keys (or, for {@link #RESOLVED},
 * each conversation's last close) that a store may have to sort or hash over the period's rows. A report that shows
 * only some of them names those ({@link FactScope#counting}), so that a store need not count the others (the channel
 * reports over a year's type cells: docs/reports.md, "Type cells: only the figures a report shows").
 */
public enum DistinctCount {
    CONVERSATIONS, CUSTOMERS, HELPED, REPLIERS, CLOSED, RATERS, RESOLVED
}
