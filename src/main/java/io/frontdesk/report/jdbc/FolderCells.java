package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The folder class of a fact, the folder dimension of the folder cells (migration V57, docs/reports.md "Folder
 * cells"), and a folder filter's cells. A fact's folder is read from the status and assignee it carries, as
 * {@link FilterSql} reads it for the facts: open (active or pending) with no assignee is {@code unassigned}, open with
 * one is {@code assigned} (its assignee kept with it, so Assigned is every assignee's rows and Mine the viewer's),
 * {@code closed} and {@code spam}; any other status, or none (facts written before V44), is in no folder, and such a
 * fact has no folder cell. The assignee column is 0 outside {@code assigned}.
 *
 * <p>An assigned fact is also in its mailbox and type's summed assigned cell (V64, assignee {@link #ANY}): the
 * assignees' sums added together, read by the Assigned folder, so it reads one row where it read one per assignee
 * (mailbox 1's Assigned was 1.17M of the table's 1.26M rows at 200k conversations, 20 assignees). The summed cells
 * keep no key rows (V65): a conversation has one assignee on almost every day, so their union was as many rows as the
 * assignees' own, which Assigned's distinct counts read instead.
 */
final class FolderCells {

    /** The assignee of the summed assigned cells (V64): every assignee's facts, added together. */
    static final long ANY = -1;

    private FolderCells() {
    }

    /** The fact's folder class, empty when it is in no folder: that of the folder holding it ({@link FolderRule}). */
    static Optional<String> folder(String status, Long assigneeId) {
        return FolderRule.holding(status, assigneeId).map(rule -> rule.cell);
    }

    /**
     * The fact's folder cells, as (class, assignee) pairs: none when in no folder, its class's, and where the class
     * keeps the assignee ({@link #perAssignee}) its mailbox's summed cell too.
     */
    static List<List<Object>> cells(String status, Long assigneeId) {
        return FolderRule.holding(status, assigneeId).map(rule -> perAssignee(rule)
                ? List.of(List.<Object>of(rule.cell, assigneeId), List.<Object>of(rule.cell, ANY))
                : List.of(List.<Object>of(rule.cell, 0L))).orElse(List.of());
    }

    /** Whether the folder's cells keep each fact's assignee: those Mine reads the viewer's part of (assigned). */
    private static boolean perAssignee(FolderRule rule) {
        return FolderRule.MINE.cell.equals(rule.cell);
    }

    /**
     * {@link #folder} over the facts {@code f} in SQL: each folder's condition ({@link FolderRule#sql}) but Mine's,
     * whose facts are Assigned's; NULL when in no folder.
     */
    static String folderSql(String f) {
        StringBuilder sql = new StringBuilder("CASE");
        for (FolderRule rule : FolderRule.values()) {
            if (rule.assignee != FolderRule.Assignee.VIEWER && rule.cell != null) {
                sql.append(" WHEN ").append(rule.sql(f)).append(" THEN '").append(rule.cell).append('\'');
            }
        }
        return sql.append(" END").toString();
    }

    /** The assignee column of {@link #cells} over the facts {@code f} in SQL: Assigned's facts keep theirs. */
    static String assigneeSql(String f) {
        return "CASE WHEN " + FolderRule.ASSIGNED.sql(f) + " THEN " + f + ".assignee_id ELSE 0 END";
    }

    /**
     * One index range of the folder cells a folder filter selects: a mailbox's class and assignee (0 for the classes
     * without one, the viewer for Mine, {@link #ANY} for Assigned: the summed cells). The summed cells have no key
     * rows (V65): over the key rows ({@code keys}) Assigned is every assignee's cells, the range after {@link #ANY}.
     */
    record Branch(long mailboxId, String folder, long assigneeId) {

        /** Appends this range's condition over {@code r}'s cell columns and its parameters. */
        void append(StringBuilder sql, List<Object> params, String r, boolean keys) {
            sql.append(" AND ").append(condition(params, r, keys));
        }

        /** This range's condition over {@code r}'s cell columns, its parameters appended. */
        String condition(List<Object> params, String r, boolean keys) {
            params.add(mailboxId);
            params.add(folder);
            params.add(assigneeId);
            String assignee = keys && assigneeId == ANY ? " > ?" : " = ?";
            return r + ".mailbox_id = ? AND " + r + ".folder = ? AND " + r + ".assignee_id" + assignee;
        }
    }

    /**
     * The folders' cells as disjoint ranges of the cells' keys (mailbox, class, assignee), in FilterSql's order:
     * Assigned of a mailbox (its summed cells) holds the facts of its Mine, which is then left out (or they would be
     * counted twice), and Drafts holds none. A fact is in at most one range's cells, so the ranges' rows read one
     * after the other, or ORed, count each fact once: additive figures may sum them.
     */
    static List<Branch> branches(Set<ReportFolder> folders) {
        List<Branch> all = new ArrayList<>();
        for (ReportFolder folder : FilterSql.sorted(folders)) {
            FolderRule rule = FolderRule.of(folder.type());
            if (rule.cell != null) {
                long assignee = switch (rule.assignee) {
                    case VIEWER -> folder.viewerId();
                    case SOME -> ANY; // the summed cells (V64)
                    case ANY, NONE -> 0L;
                };
                all.add(new Branch(folder.mailboxId(), rule.cell, assignee));
            }
        }
        // Mine is in the mailbox's Assigned, when that is read
        return all.stream().filter(b -> b.assigneeId() == ANY
                || !all.contains(new Branch(b.mailboxId(), b.folder(), ANY))).distinct().toList();
    }

    /**
     * Appends the folders' cells over {@code r}'s folder cell columns ({@code keys}: the key rows'): their
     * {@link #branches}, ORed, as
     * {@link FilterSql#append} ORs their facts. Ahead of the OR, the folders' mailboxes and classes as two IN lists
     * (true of every row the OR selects): an OR of per-folder conditions is only an index condition as a bitmap scan
     * of each, which reads the rows' pages, where the IN lists are conditions of an index-only scan that checks the OR
     * on the index entries.
     */
    static void append(StringBuilder sql, List<Object> params, Set<ReportFolder> folders, String r, boolean keys) {
        List<Branch> branches = branches(folders);
        if (branches.isEmpty()) {
            sql.append(" AND 1 = 0"); // Drafts only
            return;
        }
        List<Long> mailboxes = branches.stream().map(Branch::mailboxId).distinct().toList();
        List<String> classes = branches.stream().map(Branch::folder).distinct().sorted().toList();
        sql.append(" AND ").append(r).append(".mailbox_id IN (").append(Statements.placeholders(mailboxes.size()))
                .append(") AND ").append(r).append(".folder IN (").append(Statements.placeholders(classes.size()))
                .append(')');
        params.addAll(mailboxes);
        params.addAll(classes);
        sql.append(" AND (");
        String or = "";
        for (Branch branch : branches) {
            sql.append(or).append('(').append(branch.condition(params, r, keys)).append(')');
            or = " OR ";
        }
        sql.append(')');
    }

    /**
     * Adds the account's summed assigned cells (V64) from its per-assignee ones, as the fold keeps them: the sums
     * added; no key rows (V65: Assigned's distinct counts read the assignees' key rows, {@link Branch}). For the
     * set-wise rebuild, once the per-assignee cells are in; V64 ran the same statement over every account.
     */
    static void sumAssignees(Statements s, long account) {
        s.update("INSERT INTO report_folder_rollups (account_id, mailbox_id, conversation_type, folder, assignee_id,"
                + " day, measure, other_day, n, ms) SELECT account_id, mailbox_id, conversation_type, 'assigned', ?,"
                + " day, measure, other_day, SUM(n), SUM(ms) FROM report_folder_rollups WHERE account_id = ? AND"
                + " folder = 'assigned' AND assignee_id <> ? GROUP BY account_id, mailbox_id, conversation_type,"
                + " day, measure, other_day", Statements.params(ANY, account, ANY));
    }

    /** Whether a folder cell ({@link CellKind#cells}' values) keeps key rows: all but the summed cells (V65). */
    static boolean keyed(List<Object> cell) {
        return !(cell.get(3) instanceof Long assignee && assignee == ANY);
    }
}
