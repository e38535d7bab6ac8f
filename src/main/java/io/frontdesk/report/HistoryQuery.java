package io.frontdesk.report;

import java.time.Instant;
import java.util.Set;

/**
 * Which conversations a user's conversation history lists: those {@code users} (a user, or a team's members) replied
 * to in [{@code from}, {@code to}) in the filter's scope, that still exist, now in {@code status} (null: any).
 */
public record HistoryQuery(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users,
                           String status) {

    public HistoryQuery {
        users = Set.copyOf(users);
    }
}
