package io.frontdesk.report.jdbc;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFolder;

import java.util.ArrayList;
import java.util.HashSet;
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
 */
final class FolderCells {

    private FolderCells() {
    }

    /** The fact's folder class, empty when it is in no folder. */
    static Optional<String> folder(String status, Long assigneeId) {
        if ("active".equals(status) || "pending".equals(status)) {
            return Optional.of(assigneeId == null ? "unassigned" : "assigned");
        }
        return "closed".equals(status) || "spam".equals(status) ? Optional.of(status) : Optional.empty();
    }

    /** The fact's assignee as its cell keeps it: the assignee of an assigned fact, else 0. */
    static long assignee(String status, Long assigneeId) {
        return folder(status, assigneeId).filter("assigned"::equals).isPresent() ? assigneeId : 0L;
    }

    /** The class of a folder's cells; empty for Drafts, which no fact is in. */
    private static Optional<String> folder(ReportFolder folder) {
        return switch (folder.type()) {
            case UNASSIGNED -> Optional.of("unassigned");
            case MINE, ASSIGNED -> Optional.of("assigned");
            case CLOSED -> Optional.of("closed");
            case SPAM -> Optional.of("spam");
            case DRAFTS -> Optional.empty();
        };
    }

    /** {@link #folder} over the facts {@code f} in SQL: NULL when in no folder. */
    static String folderSql(String f) {
        return "CASE WHEN " + f + ".status IN ('active', 'pending') THEN CASE WHEN " + f + ".assignee_id IS NULL"
                + " THEN 'unassigned' ELSE 'assigned' END WHEN " + f + ".status IN ('closed', 'spam') THEN " + f
                + ".status END";
    }

    /** {@link #assignee} over the facts {@code f} in SQL. */
    static String assigneeSql(String f) {
        return "CASE WHEN " + f + ".status IN ('active', 'pending') AND " + f + ".assignee_id IS NOT NULL THEN " + f
                + ".assignee_id ELSE 0 END";
    }

    /**
     * One index range of the folder cells a folder filter selects: a mailbox's class and, when not null, its assignee
     * (0 for the classes without one, the viewer for Mine; null for Assigned, every assignee's).
     */
    record Branch(long mailboxId, String folder, Long assigneeId) {

        /** Appends this range's condition over {@code r}'s cell columns and its parameters. */
        void append(StringBuilder sql, List<Object> params, String r) {
            sql.append(" AND ").append(r).append(".mailbox_id = ? AND ").append(r).append(".folder = ?");
            params.add(mailboxId);
            params.add(folder);
            if (assigneeId != null) {
                sql.append(" AND ").append(r).append(".assignee_id = ?");
                params.add(assigneeId);
            }
        }
    }

    /**
     * The folders' cells as disjoint ranges of the cells' keys (mailbox, class, assignee), in FilterSql's order:
     * Assigned of a mailbox holds its Mine, which is then left out, and Drafts holds none. A cell is in at most one
     * range, so the ranges' rows read one after the other are the OR's rows, each once: additive figures may sum them.
     */
    static List<Branch> branches(Set<ReportFolder> folders) {
        Set<Long> assigned = new HashSet<>();
        folders.stream().filter(f -> f.type() == FolderType.ASSIGNED).forEach(f -> assigned.add(f.mailboxId()));
        List<Branch> branches = new ArrayList<>();
        for (ReportFolder folder : FilterSql.sorted(folders)) {
            if (folder.type() == FolderType.MINE && assigned.contains(folder.mailboxId())) {
                continue; // in the mailbox's Assigned
            }
            Long assignee = switch (folder.type()) {
                case MINE -> folder.viewerId();
                case ASSIGNED -> null;
                default -> 0L;
            };
            folder(folder).map(c -> new Branch(folder.mailboxId(), c, assignee)).filter(b -> !branches.contains(b))
                    .ifPresent(branches::add);
        }
        return branches;
    }

    /**
     * Appends the folders' cells over {@code r}'s folder cell columns, ORed, as {@link FilterSql#append} ORs their
     * facts. Ahead of the OR, the folders' mailboxes and classes as two IN lists (true of every row the OR selects):
     * an OR of per-folder conditions is only an index condition as a bitmap scan of each, which reads the rows'
     * pages, where the IN lists are conditions of an index-only scan that checks the OR on the index entries. The
     * assignee 0 of the classes that have none is spelled out for the same reason.
     */
    static void append(StringBuilder sql, List<Object> params, Set<ReportFolder> folders, String r) {
        List<ReportFolder> sorted = FilterSql.sorted(folders);
        List<Long> mailboxes = sorted.stream().map(ReportFolder::mailboxId).distinct().toList();
        List<String> classes = sorted.stream().map(FolderCells::folder).flatMap(Optional::stream).distinct()
                .sorted().toList();
        if (classes.isEmpty()) {
            sql.append(" AND 1 = 0"); // Drafts only
            return;
        }
        sql.append(" AND ").append(r).append(".mailbox_id IN (").append(Statements.placeholders(mailboxes.size()))
                .append(") AND ").append(r).append(".folder IN (").append(Statements.placeholders(classes.size()))
                .append(')');
        params.addAll(mailboxes);
        params.addAll(classes);
        sql.append(" AND (");
        String or = "";
        for (ReportFolder folder : sorted) {
            params.add(folder.mailboxId());
            sql.append(or).append('(').append(r).append(".mailbox_id = ? AND ").append(switch (folder.type()) {
                case UNASSIGNED -> r + ".folder = 'unassigned' AND " + r + ".assignee_id = 0";
                case MINE -> {
                    params.add(folder.viewerId());
                    yield r + ".folder = 'assigned' AND " + r + ".assignee_id = ?";
                }
                case ASSIGNED -> r + ".folder = 'assigned'";
                case CLOSED -> r + ".folder = 'closed' AND " + r + ".assignee_id = 0";
                case SPAM -> r + ".folder = 'spam' AND " + r + ".assignee_id = 0";
                case DRAFTS -> "1 = 0";
            }).append(')');
            or = " OR ";
        }
        sql.append(')');
    }
}
