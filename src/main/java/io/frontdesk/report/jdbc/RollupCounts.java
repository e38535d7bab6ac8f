package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactCounts;
import io.frontdesk.report.FactGrouping;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportPeriod;
import io.frontdesk.report.TopCustomers;
import io.frontdesk.report.ViewBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scope's counts from the rollups (docs/reports.md, "Speed: rollups"), when they answer it exactly: the rollups
 * are kept for the account in the zone the scope was cut in, the period is whole local days, the filter names no
 * mailbox, type or tag, and the scope is everyone or one user. Otherwise empty, and the facts are counted.
 */
final class RollupCounts {

    /** Upper bounds of Help Scout's time range ids 1-9 in milliseconds, as the reports use them. */
    static final long[] TIME_RANGES = {15 * 60_000L, 30 * 60_000L, 3_600_000L, 2 * 3_600_000L, 3 * 3_600_000L,
            6 * 3_600_000L, 12 * 3_600_000L, 24 * 3_600_000L, 48 * 3_600_000L};

    private final Statements s;
    private final FactScope scope;
    private final int fromDay;
    private final int toDay;

    private RollupCounts(Statements s, FactScope scope, int fromDay, int toDay) {
        this.s = s;
        this.scope = scope;
        this.fromDay = fromDay;
        this.toDay = toDay;
    }

    /** Whether the scope's filter and users are what rollups keep: checked before the pending facts are folded. */
    static boolean kept(FactScope scope) {
        // rollups are kept for every mailbox, type, tag and folder at once: any filter counts the facts
        return scope.filter().equals(ReportFilter.ALL) && (scope.users() == null || scope.users().size() == 1);
    }

    static Optional<RollupCounts> of(Statements s, FactScope scope) {
        if (!kept(scope)) {
            return Optional.empty();
        }
        return days(s, scope).map(d -> new RollupCounts(s, scope, d[0], d[1]));
    }

    /**
     * The scope's period as local days [from, to) of the zone the account's rollups are kept in, when it is whole
     * days of that zone cut in the same offsets; empty otherwise (or when no rollups are kept).
     */
    static Optional<int[]> days(Statements s, FactScope scope) {
        Optional<ZoneId> zone = RollupWriter.zone(s, scope.accountId());
        if (zone.isEmpty() || !midnight(scope.from(), zone.get()) || !midnight(scope.to(), zone.get())
                || !FactScope.of(scope.accountId(), new ReportPeriod(scope.from(), scope.to()),
                        scope.filter(), zone.get()).zone().equals(scope.zone())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {RollupWriter.localDay(scope.from(), zone.get()),
                RollupWriter.localDay(scope.to(), zone.get())});
    }

    private static boolean midnight(Instant at, ZoneId zone) {
        return LocalDateTime.ofInstant(at, zone).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** One summed row: a measure's n, ms and replies under a group key and a sub key (range, rating, weekday). */
    private record Sum(long key, String measure, int sub, long n, long ms, long replies) {
    }

    Map<Long, FactCounts> counts(FactGrouping grouping) {
        Map<Long, Map<String, long[]>> byKey = new HashMap<>();
        for (Sum r : sums(grouping)) {
            String name = r.sub() == 0 ? r.measure() : r.measure() + ":" + r.sub();
            long[] v = byKey.computeIfAbsent(r.key(), k -> new HashMap<>()).computeIfAbsent(name, k -> new long[3]);
            v[0] += r.n();
            v[1] += r.ms();
            v[2] += r.replies();
        }
        Map<Long, FactCounts> counts = new HashMap<>();
        byKey.forEach((key, m) -> counts.put(key, counts(m)));
        return counts;
    }

    int[] responseRanges(boolean first) {
        int[] counts = new int[TIME_RANGES.length + 2];
        for (Sum r : sums(FactGrouping.NONE)) {
            if (r.measure().equals(first ? "frange" : "range")) {
                counts[r.sub()] += (int) r.n();
            }
        }
        return counts;
    }

    /** The figures from measures by name ({@code measure} or {@code measure:sub}): n, ms, replies. */
    static FactCounts counts(Map<String, long[]> m) {
        int[] byWeekday = new int[8];
        for (int day = 1; day <= 7; day++) {
            byWeekday[day] = n(m, "activity:" + day);
        }
        int[] byReplies = new int[11];
        for (int r = 1; r <= 10; r++) {
            byReplies[r] = n(m, "resolved_r" + r);
        }
        long[] response = m.getOrDefault("response", new long[3]);
        long[] first = m.getOrDefault("first", new long[3]);
        long[] resolved = m.getOrDefault("resolved", new long[3]);
        return new FactCounts(n(m, "conversations"), n(m, "customers"), n(m, "created"), n(m, "created_email"),
                n(m, "created_chat"), n(m, "created_phone"), n(m, "received"), n(m, "replies"), n(m, "repliers"),
                n(m, "helped"), response[1], (int) response[0], first[1], (int) first[0], n(m, "closed"),
                n(m, "rated"), n(m, "rated:1"), n(m, "rated:2"), n(m, "raters"), byWeekday, (int) resolved[0],
                resolved[1], resolved[2], byReplies[1], byReplies);
    }

    private static int n(Map<String, long[]> m, String name) {
        long[] v = m.get(name);
        return v == null ? 0 : (int) v[0];
    }

    private List<Sum> sums(FactGrouping grouping) {
        List<Object> params = new ArrayList<>();
        String day = "r.day";
        String start = String.valueOf(fromDay);
        String end = String.valueOf(toDay);
        String key = "0";
        if (grouping.kind() == FactGrouping.Kind.USER) {
            key = "r.user_id";
        } else if (grouping.kind() == FactGrouping.Kind.BUCKET) {
            key = bucketStart(grouping, day);
            start = "CASE WHEN " + key + " < " + fromDay + " THEN " + fromDay + " ELSE " + key + " END";
            String next = bucketEnd(grouping, day);
            end = "CASE WHEN " + next + " > " + toDay + " THEN " + toDay + " ELSE " + next + " END";
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(" AS k, r.measure,")
                .append(" CASE WHEN r.measure IN ('range', 'frange', 'rated') THEN r.other_day")
                .append(" WHEN r.measure = 'activity' THEN ((r.day + 3) % 7 + 1) ELSE 0 END AS sub,")
                .append(" SUM(r.n) AS n, SUM(r.ms) AS ms, SUM(r.replies) AS replies FROM report_rollups r")
                .append(" WHERE r.account_id = ? AND r.day >= ? AND r.day < ?");
        params.add(scope.accountId());
        params.add(fromDay);
        params.add(toDay);
        if (scope.users() != null) {
            sql.append(" AND r.user_id = ?");
            params.add(scope.users().iterator().next());
        } else if (grouping.kind() == FactGrouping.Kind.USER) {
            sql.append(" AND r.user_id <> ").append(RollupWriter.EVERYONE);
        } else {
            sql.append(" AND r.user_id = ").append(RollupWriter.EVERYONE);
        }
        // a key counts on the first of its days in the period (or bucket); a conversation's resolution on its last;
        // the acted conversations are the drilldown's alone (acted)
        sql.append(" AND r.measure <> '").append(RollupWriter.ACTED).append('\'');
        sql.append(" AND (r.measure NOT IN ('").append(String.join("', '", RollupWriter.DISTINCT))
                .append("', '").append(RollupWriter.CUSTOMER_CONVERSATIONS)
                .append("') OR r.other_day < ").append(start).append(')')
                .append(" AND (r.measure NOT LIKE 'resolved%' OR r.other_day >= ").append(end).append(')');
        if (scope.kinds() != null) {
            // a series of one figure sums its kinds' measures only: the GROUP BY sorted every measure's rows of the
            // period (docs/reports.md, "SQLite at 1M after V62")
            List<String> measures = measures(scope.kinds());
            sql.append(measures.isEmpty() ? " AND 1 = 0" : " AND r.measure IN ("
                    + Statements.placeholders(measures.size()) + ")");
            params.addAll(measures);
        }
        sql.append(" GROUP BY ").append(key.equals("0") ? "" : key + ", ").append("r.measure, sub");
        List<Sum> sums = new ArrayList<>();
        s.forEach(sql.toString(), params, (rs, ctx) -> new Sum(rs.getLong("k"), rs.getString("measure"),
                rs.getInt("sub"), rs.getLong("n"), rs.getLong("ms"), rs.getLong("replies")), sums::add);
        return sums;
    }

    /**
     * Everyone's conversations acted on in the period (V73, {@link RollupWriter#ACTED}): each counted on the first of
     * its days there. Empty for a user's scope: the family is kept for everyone only.
     */
    Optional<Integer> acted() {
        if (scope.users() != null) {
            return Optional.empty();
        }
        return Optional.of(Math.toIntExact(s.returningLong("SELECT COALESCE(SUM(r.n), 0) FROM report_rollups r"
                + " WHERE r.account_id = ? AND r.measure = ? AND r.user_id = ? AND r.day >= ? AND r.day < ?"
                + " AND r.other_day < ?", Statements.params(scope.accountId(), RollupWriter.ACTED,
                RollupWriter.EVERYONE, fromDay, toDay, fromDay))));
    }

    /**
     * The conversations report's top customers from the customer keys (V62), everyone's only (empty for a user's
     * scope: the keys are not kept per user). Its totals alone ({@code limit} 0, the previous period's) are two
     * rollup sums: the customers with activity (the {@code customers} family counts the same keys) and the
     * (customer, conversation) pairs.
     */
    Optional<TopCustomers> topCustomers(int limit) {
        if (scope.users() != null) {
            return Optional.empty();
        }
        if (limit == 0) {
            long[] totals = new long[2];
            s.forEach("SELECT r.measure, SUM(r.n) AS n FROM report_rollups r WHERE r.account_id = ? AND r.user_id = ?"
                    + " AND r.day >= ? AND r.day < ? AND r.other_day < ? AND r.measure IN (?, ?) GROUP BY r.measure",
                    Statements.params(scope.accountId(), RollupWriter.EVERYONE, fromDay, toDay, fromDay, "customers",
                            RollupWriter.CUSTOMER_CONVERSATIONS), (rs, ctx) -> {
                        totals[rs.getString("measure").equals("customers") ? 0 : 1] = rs.getLong("n");
                        return null;
                    }, ignored -> {
                    });
            return Optional.of(new TopCustomers(Math.toIntExact(totals[0]), Math.toIntExact(totals[1]), List.of()));
        }
        List<Object> params = new ArrayList<>();
        return Optional.of(TopCustomersSql.read(s, perCustomer(params, Set.of()), params, limit));
    }

    /** For each of these customers with activity, its distinct conversations with activity; everyone's only. */
    Optional<Map<Long, Integer>> customerConversations(Set<Long> customers) {
        if (scope.users() != null) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        return Optional.of(TopCustomersSql.counts(s, perCustomer(params, customers), params));
    }

    /** Each customer's pairs first seen in the period ({@code customer_id, n}): of {@code only}, or of all. */
    private String perCustomer(List<Object> params, Set<Long> only) {
        params.addAll(List.of(scope.accountId(), fromDay, toDay, fromDay));
        String sql = "SELECT k.customer_id, COUNT(*) AS n FROM report_customer_keys k WHERE k.account_id = ?"
                + " AND k.day >= ? AND k.day < ? AND k.prev_day < ?";
        if (!only.isEmpty()) {
            sql += " AND k.customer_id IN (" + Statements.placeholders(only.size()) + ")";
            only.stream().sorted().forEach(params::add);
        }
        return sql + " GROUP BY k.customer_id";
    }

    /**
     * The measures {@link RollupWriter} keeps of these kinds' facts. The measures of any activity ({@code activity},
     * {@code conversations}, {@code customers}, {@code customer_conversations}) only when the kinds hold every
     * activity: they cannot be narrowed to fewer kinds, so such a scope counts no conversations (a series reads only
     * its figure's own measures).
     */
    static List<String> measures(Set<FactKind> kinds) {
        List<String> measures = new ArrayList<>();
        if (kinds.containsAll(RollupWriter.ACTIVITY)) {
            measures.addAll(List.of("activity", "conversations", "customers", RollupWriter.CUSTOMER_CONVERSATIONS));
        }
        for (FactKind kind : kinds) {
            switch (kind) {
                case CREATED -> measures.addAll(List.of("created", "created_email", "created_chat", "created_phone"));
                case CUSTOMER_MESSAGE -> measures.add("received");
                case REPLY -> measures.addAll(List.of("replies", "response", "range", "first", "frange", "helped",
                        "repliers"));
                case CLOSED -> {
                    measures.addAll(List.of("closed", "resolved"));
                    for (int r = 1; r <= 10; r++) {
                        measures.add("resolved_r" + r);
                    }
                }
                case RATED -> measures.addAll(List.of("rated", "raters"));
                default -> {
                }
            }
        }
        return measures.stream().sorted().toList();
    }

    /** The first local day (epoch day) of the bucket holding {@code day}, as {@link FactCountSql} keys buckets. */
    static String bucketStart(FactGrouping grouping, String day) {
        if (grouping.viewBy() == ViewBy.DAY) {
            return day;
        }
        if (grouping.viewBy() == ViewBy.WEEK) {
            return "(((" + day + " + 3) / 7) * 7 - 3)";
        }
        List<Long> starts = grouping.bucketStarts();
        if (starts.size() < 2) {
            return "CAST(" + (starts.isEmpty() ? 0 : starts.get(0)) + " AS BIGINT)"; // not a GROUP BY position
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < starts.size(); i++) {
            sql.append(" WHEN ").append(day).append(" < ").append(starts.get(i)).append(" THEN ")
                    .append(starts.get(i - 1));
        }
        return sql.append(" ELSE ").append(starts.isEmpty() ? 0 : starts.get(starts.size() - 1)).append(" END")
                .toString();
    }

    static String bucketEnd(FactGrouping grouping, String day) {
        if (grouping.viewBy() == ViewBy.DAY) {
            return "(" + day + " + 1)";
        }
        if (grouping.viewBy() == ViewBy.WEEK) {
            return "(" + bucketStart(grouping, day) + " + 7)";
        }
        List<Long> starts = grouping.bucketStarts();
        if (starts.size() < 2) {
            return String.valueOf(RollupWriter.NO_NEXT);
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < starts.size(); i++) {
            sql.append(" WHEN ").append(day).append(" < ").append(starts.get(i)).append(" THEN ")
                    .append(starts.get(i));
        }
        return sql.append(" ELSE ").append(RollupWriter.NO_NEXT).append(" END").toString();
    }
}
