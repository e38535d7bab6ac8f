package io.frontdesk.report.jdbc;

import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFact;
import io.frontdesk.report.ReportFilter;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of cells a filtered scope is pre-aggregated in (docs/reports.md, "Scoped rollups", "Folder cells" and
 * "Per-tag cells"): what a cell is keyed by, its tables, which cells a fact is in, and which cells a filter selects.
 * One writer ({@link ScopedWriter}), one set-wise rebuild ({@link RollupRebuild}) and one reader ({@link ScopedCounts})
 * serve them all.
 */
enum CellKind {

    /** V52: a fact's mailbox and conversation type; every fact is in one. */
    MAILBOX_TYPE("report_scoped_rollups", "report_scoped_keys", "mailbox_id, conversation_type",
            "x.mailbox_id, x.conversation_type"),

    /**
     * V57: the same plus the fact's folder class and, for assigned facts, its assignee ({@link FolderCells}); a fact in
     * no folder (Drafts aside, which no fact is in, a fact with an unknown status) is in no such cell. An assigned fact
     * is also in its mailbox and type's summed assigned cell (V64, {@link FolderCells#ANY}), which the set-wise rebuild
     * adds from the per-assignee cells ({@link FolderCells#sumAssignees}) rather than from the facts: its sums only,
     * no key rows (V65, {@link #keyed}).
     */
    FOLDER("report_folder_rollups", "report_folder_keys", "mailbox_id, conversation_type, folder, assignee_id",
            "x.mailbox_id, x.conversation_type, x.folder, x.cell_assignee"),

    /**
     * V59: each tag the fact's conversation carried when its facts were last folded ({@code report_tag_folded},
     * {@link TagMarks}), a fact in as many cells as its conversation has tags. Its key rows belong to one conversation
     * each ({@code conversation_id}), so a conversation that loses a tag takes its own rows out by their keys.
     */
    TAG("report_tag_rollups", "report_tag_keys", "tag_id", "x.cell_tag");

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

    /** Whether the cell ({@link #cells}' values) keeps key rows and last closes: all but the summed folder cells. */
    boolean keyed(List<Object> cell) {
        return this != FOLDER || FolderCells.keyed(cell);
    }

    /** Whether the kind's key rows carry the conversation whose facts put them there (V59's). */
    boolean owned() {
        return this == TAG;
    }

    /** How many columns a cell has. */
    int width() {
        return columns.split(",").length;
    }

    /**
     * The kind whose cells answer this scope, everyone's: no tags (folders need the folder cells), or exactly one tag
     * and nothing else (several tags are not a sum of their cells: a conversation with two would count twice).
     */
    static Optional<CellKind> answering(FactScope scope) {
        ReportFilter f = scope.filter();
        if (scope.users() != null) {
            return Optional.empty();
        }
        if (!f.tags().isEmpty()) {
            boolean alone = f.tags().size() == 1 && f.mailboxes().isEmpty() && f.types().isEmpty()
                    && f.folders().isEmpty();
            return alone ? Optional.of(TAG) : Optional.empty();
        }
        return Optional.of(f.folders().isEmpty() ? MAILBOX_TYPE : FOLDER);
    }

    /**
     * The values of each cell of this kind the fact is in, in {@link #columns}' order: one (mailbox and type), none,
     * one or two (folder: an assigned fact's own and its summed one), one per tag of {@code tags}, the tags its
     * conversation's folded facts are in (tag).
     */
    List<List<Object>> cells(ReportFact f, List<Long> tags) {
        return switch (this) {
            case MAILBOX_TYPE -> List.of(List.of(f.mailboxId(), f.conversationType()));
            case FOLDER -> FolderCells.cells(f.status(), f.assigneeId()).stream().map(c -> List.<Object>of(
                    f.mailboxId(), f.conversationType(), c.get(0), c.get(1))).toList();
            case TAG -> tags.stream().map(t -> List.<Object>of(t)).toList();
        };
    }

    /**
     * The settled facts ({@code settled}: {@code FROM report_facts f WHERE …}) as the rebuild's {@code x}, with their
     * local day {@code d}, hour {@code h} and cell columns, those in no cell left out.
     */
    String source(String day, String hour, String settled) {
        if (this == TAG) { // each fact once per tag of its conversation's folded set, which the rebuild filled first
            return "(SELECT f.*, " + day + " AS d, " + hour + " AS h, tf.tag_id AS cell_tag" + settled.replace(
                    " FROM report_facts f ", " FROM report_facts f JOIN report_tag_folded tf ON tf.account_id"
                            + " = f.account_id AND tf.conversation_id = f.conversation_id ") + ") x";
        }
        String extra = this == MAILBOX_TYPE ? "" : ", " + FolderCells.folderSql("f") + " AS folder, "
                + FolderCells.assigneeSql("f") + " AS cell_assignee";
        String in = this == MAILBOX_TYPE ? "" : " AND " + FolderCells.folderSql("f") + " IS NOT NULL";
        return "(SELECT f.*, " + day + " AS d, " + hour + " AS h" + extra + settled + in + ") x";
    }

    /**
     * Appends the filter's cells over {@code alias}'s cell columns, as FilterSql selects the facts; {@code keys}: over
     * the key rows, which the summed folder cells have none of (V65).
     */
    void appendCells(StringBuilder sql, List<Object> params, ReportFilter filter, String alias, boolean keys) {
        if (this == TAG) {
            sql.append(" AND ").append(alias).append(".tag_id = ?");
            params.add(filter.tags().iterator().next());
            return;
        }
        FilterSql.appendCells(sql, params, filter, alias);
        if (this == FOLDER) {
            FolderCells.append(sql, params, filter.folders(), alias, keys);
        }
    }
}
