package io.frontdesk.report;

import java.time.Instant;
import java.util.Set;

/**
 * Which ratings the ratings list shows and in what order: the RATED facts with {@code at} in [{@code from},
 * {@code to}) in the filter's scope, of one level ({@code level} null: all) and by these users ({@code users} null:
 * anyone's; empty: none), sorted by {@code sort} and then by rating time and conversation (all descending unless
 * {@code ascending}); facts equal in all three stay in the order they were written.
 */
public record RatingQuery(long accountId, Instant from, Instant to, ReportFilter filter, RatingLevel level,
                          Set<Long> users, RatingSort sort, boolean ascending) {
}
