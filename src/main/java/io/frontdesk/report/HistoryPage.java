package io.frontdesk.report;

import java.util.List;

/** A page of a user's conversation history. */
public record HistoryPage(List<HistoryRow> results, int page, int pages, int count) {

    public HistoryPage {
        results = List.copyOf(results);
    }
}
