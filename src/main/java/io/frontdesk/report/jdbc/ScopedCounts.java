package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.DistinctCount;
import io.frontdesk.report.FactCounts;
import io.frontdesk.report.FactGrouping;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.TopCustomers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A filtered scope's counts from its cells (docs/reports.md "Speed: scoped rollups" and "Folder cells"), when they
 * answer it exactly: the rollups are kept in the zone the scope was cut in, the period is whole local days, the
 * filter names no tags (mailboxes, types and folders, or nothing: every cell) or exactly one tag and nothing else,
 * and the scope is everyone. A filter without folders reads the (mailbox, type) cells (V52), one with folders the
 * folder cells (V57), one tag its tag cell (V59). The cells of the first two kinds are disjoint (each fact is in at
 * most one), and a filter selects each cell's rows at most once however many of its folders the cell is in; a tag
 * filter reads one cell. So additive figures are sums of their rows, and a distinct figure counts distinct keys over
 * their key rows in the period; resolved takes each conversation's latest kept close over them.
 */
final class ScopedCounts {

    private final Statements s;
    private final CellKind kind;
    private final FactScope scope;
    private final int fromDay;
    private final int toDay;
    /** A folder filter's key ranges, read one by one (PostgreSQL); empty for the OR over the rows (SQLite, Drafts). */
    private final List<FolderCells.Branch> branches;

    private ScopedCounts(Statements s, CellKind kind, FactScope scope, int fromDay, int toDay, boolean perBranch) {
        this.s = s;
        this.kind = kind;
        this.scope = scope;
        this.fromDay = fromDay;
        this.toDay = toDay;
        List<FolderCells.Branch> all = kind == CellKind.FOLDER ? FolderCells.branches(scope.filter().folders())
                : List.of();
        this.branches = perBranch && !all.isEmpty() ? all : List.of();
    }

    /**
     * Whether the cells answer this scope's filter and users: everyone, no tag condition (no condition at all is every
     * cell) or a single tag alone. Checked before the pending facts and tag marks are folded.
     */
    static boolean kept(FactScope scope) {
        return CellKind.answering(scope).isPresent();
    }

    /**
     * The scope's counts from its cells, if they answer it; {@code perBranch} reads a folder filter's cells as one
     * index range per folder (FolderCells.branches), else with the OR of the folders' conditions.
     */
    static Optional<ScopedCounts> of(Statements s, FactScope scope, boolean perBranch) {
        return CellKind.answering(scope).flatMap(kind -> RollupCounts.days(s, scope)
                .map(d -> new ScopedCounts(s, kind, scope, d[0], d[1], perBranch)));
    }

    /**
     * The filter's cells in the period, over {@code r} of {@code table} (of {@code family}'s key rows, null for the
     * sums), as FilterSql selects the facts; appends its parameters.
     */
    private String where(List<Object> params, String table, String family) {
        StringBuilder sql = new StringBuilder(" r.account_id = ? AND r.day >= ? AND r.day < ?");
        params.add(scope.accountId());
        params.add(fromDay);
        params.add(toDay);
        ReportFilter filter = scope.filter();
        if (kind == CellKind.MAILBOX_TYPE && filter.mailboxes().isEmpty() && !filter.types().isEmpty()) {
            // types without mailboxes: the mailbox comes before the type in the tables' keys, so without it both
            // planners read every type's rows of the account (or family) and dropped the others. Naming each mailbox
            // that has rows there makes the read one key range per mailbox, of the types' rows alone: the phone
            // report's key rows at 200k, 6,273 index pages read for 627 (docs/reports.md, "Type cells").
            List<Long> mailboxes = mailboxes(table, family);
            if (!mailboxes.isEmpty()) {
                sql.append(" AND r.mailbox_id IN (").append(Statements.placeholders(mailboxes.size())).append(')');
                params.addAll(mailboxes);
            }
        }
        kind.appendCells(sql, params, filter, "r", family != null);
        return sql.toString();
    }

    /**
     * The account's mailboxes with rows in {@code table} (of {@code family}, when not null), by a loose scan of its
     * primary key: one descent per mailbox, each finding the next one (a handful per account), so every cell the
     * filter selects is among them whatever mailboxes were deleted or facts had none (0).
     */
    private List<Long> mailboxes(String table, String family) {
        String of = " r.account_id = ?" + (family == null ? "" : " AND r.family = ?");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            params.add(scope.accountId());
            if (family != null) {
                params.add(family);
            }
        }
        List<Long> mailboxes = new ArrayList<>();
        s.forEach("WITH RECURSIVE m(id) AS (SELECT (SELECT r.mailbox_id FROM " + table + " r WHERE" + of
                + " ORDER BY r.mailbox_id LIMIT 1) UNION ALL SELECT (SELECT r.mailbox_id FROM " + table + " r WHERE"
                + of + " AND r.mailbox_id > m.id ORDER BY r.mailbox_id LIMIT 1) FROM m WHERE m.id IS NOT NULL)"
                + " SELECT id FROM m WHERE id IS NOT NULL", params, (rs, ctx) -> rs.getLong(1), mailboxes::add);
        return mailboxes;
    }

    /**
     * The filter's rows of the sums table in the period that also meet {@code also} (with its parameters
     * {@code alsoParams}), as the FROM item {@code r}; appends the parameters. Their measures are not in the primary
     * key, so PostgreSQL reads the rows' pages anyway: the OR of the folders takes a bitmap scan of each folder's own
     * index range (BitmapOr), which read them in 0.6-1.5 s at 1M where the branches one after the other took a
     * parallel scan of the whole table, 3.5-4.2 s in the server (docs/reports.md, "Folder cells read per branch").
     */
    private String sums(String also, List<Object> params, Object... alsoParams) {
        String sql = kind.sums + " r WHERE" + where(params, kind.sums, null) + also;
        params.addAll(List.of(alsoParams));
        return sql;
    }

    /**
     * The filter's key rows in the period that also meet {@code also} (with its parameters {@code alsoParams}), as the
     * FROM item {@code r} with at least {@code columns}; appends the parameters. Read per folder branch, they are the
     * branches' rows one after the other (UNION ALL), each an index range of the keys' primary key read from the index
     * alone, where the OR's IN lists read every combination of the folders' mailboxes and classes and filtered the
     * others away. Each branch names its columns: a branch of {@code SELECT *} is read for every column, so never from
     * the index alone. Else the table itself, with the whole condition.
     */
    private String keys(String columns, String family, String also, List<Object> params, Object... alsoParams) {
        if (branches.isEmpty()) {
            String sql = kind.keys + " r WHERE" + where(params, kind.keys, family) + also;
            params.addAll(List.of(alsoParams));
            return sql;
        }
        StringBuilder sql = new StringBuilder("(");
        String union = "";
        for (FolderCells.Branch branch : branches) {
            sql.append(union).append("SELECT ").append(columns).append(" FROM ").append(kind.keys)
                    .append(" r WHERE r.account_id = ? AND r.day >= ? AND r.day < ?");
            params.add(scope.accountId());
            params.add(fromDay);
            params.add(toDay);
            FilterSql.appendCells(sql, params, scope.filter(), "r");
            branch.append(sql, params, "r", true);
            sql.append(also);
            params.addAll(List.of(alsoParams));
            union = " UNION ALL ";
        }
        return sql.append(") r WHERE TRUE").toString();
    }

    /** Counts per group: NONE or BUCKET (per user lines of a filtered scope count the facts). */
    Map<Long, FactCounts> counts(FactGrouping grouping) {
        String key = grouping.kind() == FactGrouping.Kind.BUCKET ? RollupCounts.bucketStart(grouping, "r.day")
                : "CAST(0 AS BIGINT)";
        Map<Long, Map<String, long[]>> byKey = new HashMap<>();
        List<Object> params = new ArrayList<>();
        String sums = sums(" AND r.measure <> 'created_h'", params);
        s.forEach("SELECT " + key + " AS k, r.measure, CASE WHEN r.measure IN ('range', 'frange', 'rated') THEN"
                + " r.other_day WHEN r.measure = 'activity' THEN ((r.day + 3) % 7 + 1) ELSE 0 END AS sub,"
                + " SUM(r.n) AS n, SUM(r.ms) AS ms FROM " + sums
                + " GROUP BY " + group(key) + "r.measure, sub", params, (rs, ctx) -> {
                    int sub = rs.getInt("sub");
                    String name = sub == 0 ? rs.getString("measure") : rs.getString("measure") + ":" + sub;
                    long[] v = figure(byKey, rs.getLong("k"), name);
                    v[0] += rs.getLong("n");
                    v[1] += rs.getLong("ms");
                    return null;
                }, ignored -> {
                });
        // a statement per family: PostgreSQL then sorts each family's keys in memory, where one GROUP BY family sorted
        // them all together and spilled to disk (200k conversations, two mailboxes' email: 29 ms each against 166 ms)
        for (String family : RollupWriter.DISTINCT) {
            if (!scope.counts(DistinctCount.valueOf(family.toUpperCase(Locale.ROOT)))) {
                continue; // not shown: a sort of the period's key rows saved (the email report: three of six)
            }
            params.clear();
            String keys = keys("r.day, r.key_id", family, " AND r.family = ?", params, family);
            s.forEach("SELECT " + key + " AS k, COUNT(DISTINCT r.key_id) AS n FROM " + keys
                    + (group(key).isEmpty() ? "" : " GROUP BY " + key), params, (rs, ctx) -> {
                        figure(byKey, rs.getLong("k"), family)[0] = rs.getLong("n");
                        return null;
                    }, ignored -> {
                    });
        }
        if (!scope.counts(DistinctCount.RESOLVED)) {
            return collect(byKey);
        }
        params.clear();
        String resolved = keys("r.day, r.key_id, r.last_at, r.last_id, r.ms, r.replies", "resolved",
                " AND r.family = 'resolved'", params);
        // each conversation's last close after a reply over the cells and days: the latest kept, as the facts order
        s.forEach("SELECT k, replies, COUNT(*) AS n, SUM(ms) AS ms FROM (SELECT " + key + " AS k, r.ms, r.replies,"
                + " ROW_NUMBER() OVER (PARTITION BY " + group(key) + "r.key_id ORDER BY r.last_at DESC,"
                + " r.last_id DESC) AS rn FROM " + resolved + ") c"
                + " WHERE rn = 1 GROUP BY k, replies", params, (rs, ctx) -> {
                    long k = rs.getLong("k");
                    long n = rs.getLong("n");
                    int replies = rs.getInt("replies");
                    long[] all = figure(byKey, k, "resolved");
                    all[0] += n;
                    all[1] += rs.getLong("ms");
                    all[2] += n * replies;
                    figure(byKey, k, "resolved_r" + Math.min(10, replies))[0] += n;
                    return null;
                }, ignored -> {
                });
        return collect(byKey);
    }

    private static Map<Long, FactCounts> collect(Map<Long, Map<String, long[]>> byKey) {
        Map<Long, FactCounts> counts = new HashMap<>();
        byKey.forEach((k, m) -> counts.put(k, RollupCounts.counts(m)));
        return counts;
    }

    private static String group(String key) {
        return key.startsWith("CAST(") ? "" : key + ", ";
    }

    private static long[] figure(Map<Long, Map<String, long[]>> byKey, long key, String name) {
        return byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(name, n -> new long[3]);
    }

    int[] responseRanges(boolean first) {
        int[] counts = new int[RollupCounts.TIME_RANGES.length + 2];
        List<Object> params = new ArrayList<>();
        String sums = sums(" AND r.measure = ?", params, first ? "frange" : "range");
        s.forEach("SELECT r.other_day AS o, SUM(r.n) AS n FROM " + sums + " GROUP BY r.other_day", params,
                (rs, ctx) -> {
                    counts[rs.getInt("o")] += rs.getInt("n");
                    return null;
                }, ignored -> {
                });
        return counts;
    }

    /** New conversations per local weekday (1-7) and hour. */
    int[][] createdSlots() {
        int[][] slots = new int[8][24];
        List<Object> params = new ArrayList<>();
        String sums = sums(" AND r.measure = 'created_h'", params);
        s.forEach("SELECT ((r.day + 3) % 7 + 1) AS wd, r.other_day AS h, SUM(r.n) AS n FROM " + sums
                + " GROUP BY ((r.day + 3) % 7 + 1), r.other_day",
                params, (rs, ctx) -> {
                    slots[rs.getInt("wd")][rs.getInt("h")] += rs.getInt("n");
                    return null;
                }, ignored -> {
                });
        return slots;
    }

    /** The customers with activity in the filter's cells, their conversations summed, the {@code limit} with most. */
    TopCustomers topCustomers(int limit) {
        List<Object> params = new ArrayList<>();
        return TopCustomersSql.read(s, perCustomer(params, Set.of()), params, limit);
    }

    /** For each of these customers with activity, its distinct conversations with activity (in the filter's cells). */
    Map<Long, Integer> customerConversations(Set<Long> customers) {
        List<Object> params = new ArrayList<>();
        return TopCustomersSql.counts(s, perCustomer(params, customers), params);
    }

    /**
     * Each customer's distinct conversations with activity in the cells: of {@code only}, or all when it is empty. A
     * tag cell's from its pairs with a previous day (V65), the others' from their key rows.
     */
    private String perCustomer(List<Object> params, Set<Long> only) {
        if (kind == CellKind.TAG) {
            return TagCustomerKeys.perCustomer(scope.accountId(), scope.filter().tags().iterator().next(), fromDay,
                    toDay, only, params);
        }
        String sql = "SELECT r.customer_id, COUNT(DISTINCT r.key_id) AS n FROM " + keys("r.customer_id, r.key_id",
                "customer_conversations", " AND r.family = 'customer_conversations'", params);
        if (!only.isEmpty()) {
            sql += " AND r.customer_id IN (" + Statements.placeholders(only.size()) + ")";
            only.stream().sorted().forEach(params::add);
        }
        return sql + " GROUP BY r.customer_id";
    }
}
