package io.frontdesk.report;

import java.util.List;

/** A page of a {@link RatingQuery}'s ratings, and how many ratings the query has in all. */
public record RatingPage(int count, List<ReportFact> ratings) {
}
