package io.frontdesk.report;

import java.util.Comparator;

/** The orders of the ratings list: conversation number, rating time ({@code modifiedAt}), level (great first). */
public enum RatingSort {
    NUMBER, MODIFIED_AT, RATING;

    Comparator<ReportFact> comparator(boolean ascending) {
        Comparator<ReportFact> by = switch (this) {
            case NUMBER -> Comparator.comparingLong(ReportFact::number);
            case MODIFIED_AT -> Comparator.comparing(ReportFact::at);
            case RATING -> Comparator.comparing(ReportFact::rating);
        };
        by = by.thenComparing(ReportFact::at).thenComparingLong(ReportFact::conversationId);
        return ascending ? by : by.reversed();
    }
}
