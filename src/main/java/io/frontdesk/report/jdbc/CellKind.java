package io.frontdesk.report.jdbc;

import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFact;
import io.frontdesk.report.ReportFilter;

import java.util.List;
import java.util.Optional;

/**
 * The two kinds of cells a filtered scope is pre-aggregated in (docs/reports.md, "Scoped rollups" and "Folder
 * cells"): what a cell is keyed by, its tables, which cell a fact is in, and which cells a filter selects. One
 * writer ({@link ScopedWriter}), one set-wise rebuild ({@link RollupRebuild}) and one reader ({@link ScopedCounts})
 * serve both.
 */
enum CellKind {

    /** V52: a fact's mailbox and conversation type; every fact is in one. */
    MAILBOX_TYPE("report_scoped_rollups", "report_scoped_keys", "mailbox_id, conversation_type",
            "x.mailbox_id, x.conversation_type"),

    /**
     * V57: the same plus the fact's folder class and, for assigned facts, its assignee ({@link FolderCells}); a fact in
     * no folder (Drafts aside, which no fact is in, a fact with an unknown status) is in no such cell.
     */
    FOLDER("report_folder_rollups", "report_folder_keys", "mailbox_id, conversation_type, folder, assignee_id",
            "x.mailbox_id, x.conversation_type, x.folder, x.cell_assignee");

    final String sums;
    final String keys;
    /** The cell's columns in its tables, in the order of {@link #cell} and {@link #groups}. */
    final String columns;
    /** The cell's columns over the rebuild's facts {@code x} ({@link #source}). */
    final String groups;

    CellKind(String sums, String keys, String columns, String groups) {
        this.sums = sums;
        this.keys = keys;
        this.columns = columns;
        this.groups = groups;
    }

    /** How many columns a cell has. */
    int width() {
        return columns.split(",").length;
    }

    /** The kind whose cells answer this scope: everyone, no tags; folders need the folder cells. */
    static Optional<CellKind> answering(FactScope scope) {
        ReportFilter f = scope.filter();
        if (scope.users() != null || !f.tags().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(f.folders().isEmpty() ? MAILBOX_TYPE : FOLDER);
    }

    /** The values of the fact's cell, in {@link #columns}' order; empty when the fact is in no cell of this kind. */
    Optional<List<Object>> cell(ReportFact f) {
        if (this == MAILBOX_TYPE) {
            return Optional.of(List.of(f.mailboxId(), f.conversationType()));
        }
        return FolderCells.folder(f.status(), f.assigneeId()).map(folder -> List.of(f.mailboxId(),
                f.conversationType(), folder, FolderCells.assignee(f.status(), f.assigneeId())));
    }

    /**
     * The settled facts ({@code settled}: {@code FROM report_facts f WHERE …}) as the rebuild's {@code x}, with their
     * local day {@code d}, hour {@code h} and cell columns, those in no cell left out.
     */
    String source(String day, String hour, String settled) {
        String extra = this == MAILBOX_TYPE ? "" : ", " + FolderCells.folderSql("f") + " AS folder, "
                + FolderCells.assigneeSql("f") + " AS cell_assignee";
        String in = this == MAILBOX_TYPE ? "" : " AND " + FolderCells.folderSql("f") + " IS NOT NULL";
        return "(SELECT f.*, " + day + " AS d, " + hour + " AS h" + extra + settled + in + ") x";
    }

    /** Appends the filter's cells over {@code alias}'s cell columns, as FilterSql selects the facts. */
    void appendCells(StringBuilder sql, List<Object> params, ReportFilter filter, String alias) {
        FilterSql.appendCells(sql, params, filter, alias);
        if (this == FOLDER) {
            FolderCells.append(sql, params, filter.folders(), alias);
        }
    }
}
