package io.frontdesk.report;

import java.util.List;

/**
 * A page of a drilldown. {@code count} is the number of conversations the facts select; a conversation deleted or
 * merged since is counted but has no row, so a page may hold fewer rows than asked.
 */
public record DrillPage(List<DrillRow> results, int page, int pages, int count) {

    public DrillPage {
        results = List.copyOf(results);
    }
}
