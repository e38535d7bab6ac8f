package io.frontdesk.report;

import java.util.List;

/** A sorted page of a user's conversation history as the store counted it, and how many conversations there are. */
public record HistoryCountsPage(int count, List<HistoryCounts> rows) {

    public HistoryCountsPage {
        rows = List.copyOf(rows);
    }
}
