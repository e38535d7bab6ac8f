package io.frontdesk.report.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportFolder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statement of a list's counts per subject ({@link ReportSubjectQueries#subjectCounts}) under a {@code folders=}
 * filter, or a {@code mailboxes=} one, without tags: read from the indexes that lead with the filter's columns (V66 and
 * V68, docs/reports.md, "The lists under mailboxes=, types= and folders= from indexes"), so only the filter's subject
 * facts of the period are read. Empty for any other filter, which the general statement serves.
 */
final class CellSubjectSql {

    /** V66 (PostgreSQL) and V68 (SQLite): (account, kind, mailbox, type, at, subject, conversation). */
    static final String BY_CELL = "report_facts_subject_by_cell";
    /** V68: (account, kind, mailbox, status, at, assignee, type, subject, conversation). */
    static final String BY_FOLDER = "report_facts_subject_by_folder";

    record Statement(String sql, List<Object> params) {
    }

    /** One assignee condition of a folder over one (mailbox, status) range; {@code sql} null = any assignee. */
    private record Assignee(String sql, Long viewer) {
    }

    private CellSubjectSql() {
    }

    static Optional<Statement> of(DbVendor vendor, long accountId, FactKind kind, Instant from, Instant to,
                                  ReportFilter filter, boolean conversations) {
        if (!filter.tags().isEmpty()) {
            return Optional.empty();
        }
        // SQLite's planner, with no statistics, prefers V56's indexes (a range of at, or subject order) to these;
        // PostgreSQL's takes them by itself from its statistics
        boolean sqlite = vendor == DbVendor.SQLITE;
        if (!filter.folders().isEmpty()) {
            return Optional.of(folders(sqlite, accountId, kind, from, to, filter, conversations));
        }
        if (filter.mailboxes().isEmpty()) {
            // types alone leave the mailbox open: V56's index in subject order reads no more than the cells would
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT f.subject_id, ").append(count(conversations, "f"))
                .append(" AS n");
        from(sql, params, sqlite ? BY_CELL : null, accountId, kind, from, to);
        FilterSql.appendCells(sql, params, filter, "f");
        sql.append(" GROUP BY f.subject_id");
        return Optional.of(new Statement(sql.toString(), params));
    }

    /**
     * One range of the folder index per (mailbox, status) the filter's folders hold, each with the OR of those
     * folders' assignee conditions there: the ranges are disjoint, so their facts are counted once through a
     * {@code UNION ALL} even where folders overlap (Mine within Assigned). A folder is its {@link FolderRule}'s
     * statuses and assignee condition, as {@link FilterSql} reads it: Drafts, no status, is no range.
     */
    private static Statement folders(boolean sqlite, long accountId, FactKind kind, Instant from, Instant to,
                                     ReportFilter filter, boolean conversations) {
        Map<Long, Map<String, List<Assignee>>> ranges = new TreeMap<>();
        for (ReportFolder folder : FilterSql.sorted(filter.folders())) {
            FolderRule rule = FolderRule.of(folder.type());
            Assignee assignee = new Assignee(rule.assigneeSql("f"), rule.parameter(folder));
            for (String status : rule.statuses) {
                ranges.computeIfAbsent(folder.mailboxId(), m -> new TreeMap<>())
                        .computeIfAbsent(status, s -> new ArrayList<>()).add(assignee);
            }
        }
        List<Object> params = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        ranges.forEach((mailbox, byStatus) -> byStatus.forEach((status, assignees) -> {
            StringBuilder branch = new StringBuilder("SELECT f.subject_id, f.conversation_id");
            from(branch, params, sqlite ? BY_FOLDER : null, accountId, kind, from, to);
            branch.append(" AND f.mailbox_id = ? AND f.status = ?");
            params.add(mailbox);
            params.add(status);
            if (assignees.stream().noneMatch(a -> a.sql() == null)) {
                branch.append(" AND (");
                String or = "";
                for (Assignee a : assignees) {
                    branch.append(or).append(a.sql());
                    if (a.viewer() != null) {
                        params.add(a.viewer());
                    }
                    or = " OR ";
                }
                branch.append(')');
            }
            FilterSql.appendCells(branch, params, filter, "f");
            branches.add(branch.toString());
        }));
        if (branches.isEmpty()) {
            return new Statement("SELECT f.subject_id, COUNT(*) AS n FROM report_facts f WHERE 1 = 0"
                    + " GROUP BY f.subject_id", List.of());
        }
        return new Statement("SELECT x.subject_id, " + count(conversations, "x") + " AS n FROM ("
                + String.join(" UNION ALL ", branches) + ") x GROUP BY x.subject_id", params);
    }

    private static String count(boolean conversations, String alias) {
        return conversations ? "COUNT(DISTINCT " + alias + ".conversation_id)" : "COUNT(*)";
    }

    /** {@code FROM report_facts f} through {@code index} if not null, and the account's, kind's and period's bounds. */
    private static void from(StringBuilder sql, List<Object> params, String index, long accountId, FactKind kind,
                             Instant from, Instant to) {
        sql.append(" FROM report_facts f");
        if (index != null) {
            sql.append(" INDEXED BY ").append(index);
        }
        sql.append(" WHERE f.account_id = ? AND f.kind = ? AND f.subject_id IS NOT NULL AND f.at >= ? AND f.at < ?");
        params.add(accountId);
        params.add(kind.name());
        params.add(from.toEpochMilli());
        params.add(to.toEpochMilli());
    }
}
