package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactGrouping;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.ViewBy;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that counts a {@link FactScope}'s facts in the database (the same text on SQLite and PostgreSQL): the
 * scope's WHERE, and local time as arithmetic on {@code at}. Only numbers the core computed (offsets, transition
 * instants, bucket days) are written into the text; every value from a request is a bound parameter.
 */
final class FactCountSql {

    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;
    static final String ACTIVITY = "f.kind IN ('CREATED', 'CUSTOMER_MESSAGE', 'REPLY', 'CLOSED', 'REOPENED')";

    final String where;
    final List<Object> params = new ArrayList<>();
    private final FactScope scope;

    FactCountSql(FactScope scope) {
        this(scope, null);
    }

    /**
     * @param likely the share of the account's facts in the period, for SQLite's planner (null: none given); see
     *               {@link Likely}
     */
    FactCountSql(FactScope scope, Likely likely) {
        this.scope = scope;
        // the share goes on one bound, 1.0 on the other: the planner multiplies them
        StringBuilder sql = new StringBuilder(likely == null ? "f.account_id = ? AND f.at >= ? AND f.at < ?"
                : "f.account_id = ? AND likelihood(f.at >= ?, " + likely.share() + ") AND likelihood(f.at < ?, 1.0)");
        params.add(scope.accountId());
        params.add(scope.from().toEpochMilli());
        params.add(scope.to().toEpochMilli());
        var filter = scope.filter();
        FilterSql.append(sql, params, filter);
        if (scope.kinds() != null) {
            sql.append(" AND f.kind IN (").append(Statements.placeholders(scope.kinds().size())).append(')');
            scope.kinds().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (scope.users() != null) {
            if (scope.users().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND f.user_id IN (").append(Statements.placeholders(scope.users().size())).append(')');
                scope.users().stream().sorted().forEach(params::add);
            }
        }
        this.where = sql.toString();
    }

    FactScope scope() {
        return scope;
    }

    /**
     * How likely a fact of the account is to be in the period, for SQLite's {@code likelihood()}. Without it SQLite's
     * planner takes any range of {@code at} for a narrow one and reads the period by time even when it holds most of
     * the account's facts, where an index in the query's own order needs no sort (the top customers over a year:
     * 0.16 s of CPU instead of 0.8 s at 200k conversations; it switches between a share of 0.05 and 0.3, about where
     * the two reads cost the same). Steps of 0.05 keep the statement texts few (the statement cache); the answer is
     * the same whatever the share.
     */
    record Likely(double share) {

        /** The share as if the account's facts, from {@code first} to {@code last}, were spread evenly. */
        static Likely of(FactScope scope, long first, long last) {
            long from = Math.max(first, scope.from().toEpochMilli());
            long to = Math.min(last, scope.to().toEpochMilli());
            double share = (double) Math.max(0, to - from) / Math.max(1, last - first);
            return new Likely(Math.max(0.05, Math.min(1.0, Math.round(share * 20) / 20.0)));
        }
    }

    /** {@code at} in local time, in epoch milliseconds: {@code at} plus the offset in force then. */
    String local() {
        List<FactScope.ZoneSegment> zone = scope.zone();
        if (zone.size() == 1) {
            return "(f.at + " + zone.get(0).offsetMillis() + ")";
        }
        StringBuilder sql = new StringBuilder("(f.at + CASE");
        for (int i = 1; i < zone.size(); i++) {
            sql.append(" WHEN f.at < ").append(zone.get(i).fromMillis()).append(" THEN ")
                    .append(zone.get(i - 1).offsetMillis());
        }
        return sql.append(" ELSE ").append(zone.get(zone.size() - 1).offsetMillis()).append(" END)").toString();
    }

    /** The local epoch day (facts are after 1970, where integer division is the floor). */
    String localDay() {
        return "(" + local() + " / " + DAY + ")";
    }

    /** ISO weekday, Monday 1 … Sunday 7 (epoch day 0 was a Thursday). */
    String weekday() {
        return "((" + localDay() + " + 3) % 7 + 1)";
    }

    String hour() {
        return "((" + local() + " / " + HOUR + ") % 24)";
    }

    /**
     * The scope's closes after a reply with the group key ({@code k}), {@code at}, {@code since}, {@code replies} and
     * {@code rn}: 1 for each conversation's last in its group (the latest by time, then by id, as the facts are
     * ordered), the close that counts it resolved.
     */
    String resolvingCloses(FactGrouping grouping) {
        boolean grouped = grouping.kind() != FactGrouping.Kind.NONE;
        return "SELECT " + key(grouping) + " AS k, f.at, f.since, f.replies, ROW_NUMBER() OVER (PARTITION BY "
                + (grouped ? key(grouping) + ", " : "") + "f.conversation_id ORDER BY f.at DESC, f.id DESC) AS rn"
                + " FROM report_facts f WHERE " + where + " AND f.kind = 'CLOSED' AND f.replies > 0";
    }

    /** The group key of a fact. */
    String key(FactGrouping grouping) {
        return switch (grouping.kind()) {
            case NONE -> "0";
            case USER -> "f.user_id";
            case BUCKET -> bucket(grouping);
        };
    }

    private String bucket(FactGrouping grouping) {
        if (grouping.viewBy() == ViewBy.DAY) {
            return localDay();
        }
        if (grouping.viewBy() == ViewBy.WEEK) {
            // the Monday on or before the day: epoch day -3 was a Monday
            return "(((" + localDay() + " + 3) / 7) * 7 - 3)";
        }
        List<Long> starts = grouping.bucketStarts();
        if (starts.size() < 2) {
            // "CASE ELSE … END" is not SQL, and a bare number in GROUP BY is a column position
            return "CAST(" + (starts.isEmpty() ? 0 : starts.get(0)) + " AS BIGINT)";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < starts.size(); i++) {
            sql.append(" WHEN ").append(localDay()).append(" < ").append(starts.get(i)).append(" THEN ")
                    .append(starts.get(i - 1));
        }
        return sql.append(" ELSE ").append(starts.isEmpty() ? 0 : starts.get(starts.size() - 1)).append(" END")
                .toString();
    }
}
