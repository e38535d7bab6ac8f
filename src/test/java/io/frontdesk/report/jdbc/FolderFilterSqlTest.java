package io.frontdesk.report.jdbc;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.db.DbVendor;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportFolder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements a folders filter is spelled as, pinned to the text they were tuned with at 1M conversations
 * (docs/reports.md, "The folders filter", "Folder cells" and "The lists under mailboxes=, types= and folders= from
 * indexes"): the facts' condition, the folder cells' ranges, the lists' union of (mailbox, status) index ranges and the
 * rebuild's folder classes, for a mix of folders in two mailboxes, all read from one definition of the folders
 * ({@link FolderRule}). The filters' text is main's before that definition, unchanged.
 * SubjectCountsTest and RollupCountsTest check the counts these statements give on both databases.
 */
class FolderFilterSqlTest {

    private static final long VIEWER = 7;

    /** Mine within Assigned (mailbox 1), Mine alone, Unassigned, Closed, Spam and Drafts, over two mailboxes. */
    private static final ReportFilter FILTER = new ReportFilter(Set.of(2L, 1L), Set.of("email"), Set.of(), Set.of(
            folder(1, FolderType.MINE), folder(1, FolderType.ASSIGNED), folder(1, FolderType.CLOSED),
            folder(2, FolderType.SPAM), folder(2, FolderType.DRAFTS), folder(2, FolderType.UNASSIGNED),
            folder(2, FolderType.MINE)));

    private static ReportFolder folder(long mailbox, FolderType type) {
        return new ReportFolder(mailbox, type, VIEWER);
    }

    @Test
    void the_facts_condition_ors_each_folders_statuses_and_assignee_in_its_mailbox() {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        FilterSql.append(sql, params, FILTER);
        assertThat(sql.toString()).isEqualTo(" AND f.mailbox_id IN (?, ?) AND f.conversation_type IN (?) AND ("
                + "(f.mailbox_id = ? AND f.status IN ('active', 'pending') AND f.assignee_id = ?)"
                + " OR (f.mailbox_id = ? AND f.status IN ('active', 'pending') AND f.assignee_id IS NOT NULL)"
                + " OR (f.mailbox_id = ? AND f.status = 'closed')"
                + " OR (f.mailbox_id = ? AND f.status IN ('active', 'pending') AND f.assignee_id IS NULL)"
                + " OR (f.mailbox_id = ? AND f.status IN ('active', 'pending') AND f.assignee_id = ?)"
                + " OR (f.mailbox_id = ? AND 1 = 0)"
                + " OR (f.mailbox_id = ? AND f.status = 'spam'))");
        assertThat(params).containsExactly(1L, 2L, "email", 1L, VIEWER, 1L, 1L, 2L, 2L, VIEWER, 2L, 2L);
    }

    @Test
    void the_folder_cells_are_disjoint_ranges_mine_left_in_its_mailboxs_assigned_drafts_none() {
        String ranges = " AND r.mailbox_id IN (?, ?) AND r.conversation_type IN (?) AND r.mailbox_id IN (?, ?)"
                + " AND r.folder IN (?, ?, ?, ?) AND ((r.mailbox_id = ? AND r.folder = ? AND r.assignee_id %s ?)"
                + " OR (r.mailbox_id = ? AND r.folder = ? AND r.assignee_id = ?)"
                + " OR (r.mailbox_id = ? AND r.folder = ? AND r.assignee_id = ?)"
                + " OR (r.mailbox_id = ? AND r.folder = ? AND r.assignee_id = ?)"
                + " OR (r.mailbox_id = ? AND r.folder = ? AND r.assignee_id = ?))";
        List<Object> expected = List.of(1L, 2L, "email", 1L, 2L, "assigned", "closed", "spam", "unassigned",
                1L, "assigned", FolderCells.ANY, 1L, "closed", 0L, 2L, "unassigned", 0L, 2L, "assigned", VIEWER,
                2L, "spam", 0L);
        for (boolean keys : new boolean[] {false, true}) {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            CellKind.FOLDER.appendCells(sql, params, FILTER, "r", keys);
            // over the key rows the summed cells have none (V65): Assigned is every assignee's key rows
            assertThat(sql.toString()).isEqualTo(ranges.formatted(keys ? ">" : "="));
            assertThat(params).isEqualTo(expected);
        }
    }

    @Test
    void the_lists_read_one_index_range_per_mailbox_and_status_with_its_folders_assignees_ored() {
        for (DbVendor vendor : DbVendor.values()) {
            CellSubjectSql.Statement statement = CellSubjectSql.of(vendor, 3, FactKind.CREATED,
                    Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000), FILTER, true).orElseThrow();
            String index = vendor == DbVendor.SQLITE ? " INDEXED BY report_facts_subject_by_folder" : "";
            String mine = " AND (f.assignee_id = ? OR f.assignee_id IS NOT NULL)";
            String open = " AND (f.assignee_id IS NULL OR f.assignee_id = ?)";
            assertThat(statement.sql()).isEqualTo("SELECT x.subject_id, COUNT(DISTINCT x.conversation_id) AS n FROM ("
                    + String.join(" UNION ALL ", branch(index, mine), branch(index, ""), branch(index, mine),
                    branch(index, open), branch(index, open), branch(index, ""))
                    + ") x GROUP BY x.subject_id");
            List<Object> head = List.of(3L, "CREATED", 1000L, 2000L);
            List<Object> params = new ArrayList<>();
            for (List<Object> range : List.of(List.<Object>of(1L, "active", VIEWER), List.<Object>of(1L, "closed"),
                    List.<Object>of(1L, "pending", VIEWER), List.<Object>of(2L, "active", VIEWER),
                    List.<Object>of(2L, "pending", VIEWER), List.<Object>of(2L, "spam"))) {
                params.addAll(head);
                params.addAll(range);
                params.addAll(List.of(1L, 2L, "email"));
            }
            assertThat(statement.params()).isEqualTo(params);
        }
    }

    @Test
    void drafts_alone_select_nothing_in_each_spelling() {
        ReportFilter drafts = ReportFilter.ALL.withFolders(Set.of(folder(4, FolderType.DRAFTS)));
        StringBuilder facts = new StringBuilder();
        List<Object> params = new ArrayList<>();
        FilterSql.append(facts, params, drafts);
        assertThat(facts.toString()).isEqualTo(" AND ((f.mailbox_id = ? AND 1 = 0))");
        StringBuilder cells = new StringBuilder();
        CellKind.FOLDER.appendCells(cells, new ArrayList<>(), drafts, "r", true);
        assertThat(cells.toString()).isEqualTo(" AND 1 = 0");
        assertThat(CellSubjectSql.of(DbVendor.SQLITE, 3, FactKind.CREATED, Instant.EPOCH, Instant.EPOCH, drafts,
                false).orElseThrow().sql()).isEqualTo("SELECT f.subject_id, COUNT(*) AS n FROM report_facts f"
                + " WHERE 1 = 0 GROUP BY f.subject_id");
    }

    /**
     * The one statement whose text the single definition changed: the folder class was a nested CASE written by hand
     * ({@code WHEN status IN ('active', 'pending') THEN CASE WHEN assignee_id IS NULL ... WHEN status IN ('closed',
     * 'spam') THEN status}); it is now each folder's own condition in turn, the same class for every status and
     * assignee (NULL for none), in the rebuild's select list and filter, where no index reads it.
     */
    @Test
    void the_rebuild_classes_the_facts_into_folder_cells_by_each_folders_condition() {
        String folder = "CASE WHEN f.status IN ('active', 'pending') AND f.assignee_id IS NULL THEN 'unassigned'"
                + " WHEN f.status IN ('active', 'pending') AND f.assignee_id IS NOT NULL THEN 'assigned'"
                + " WHEN f.status = 'closed' THEN 'closed' WHEN f.status = 'spam' THEN 'spam' END";
        assertThat(CellKind.FOLDER.source("D", "H", " FROM report_facts f WHERE f.account_id = ?")).isEqualTo(
                "(SELECT f.*, D AS d, H AS h, " + folder + " AS folder, CASE WHEN f.status IN ('active', 'pending')"
                        + " AND f.assignee_id IS NOT NULL THEN f.assignee_id ELSE 0 END AS cell_assignee"
                        + " FROM report_facts f WHERE f.account_id = ? AND " + folder + " IS NOT NULL) x");
    }

    private static String branch(String index, String assignee) {
        return "SELECT f.subject_id, f.conversation_id FROM report_facts f" + index + " WHERE f.account_id = ?"
                + " AND f.kind = ? AND f.subject_id IS NOT NULL AND f.at >= ? AND f.at < ? AND f.mailbox_id = ?"
                + " AND f.status = ?" + assignee + " AND f.mailbox_id IN (?, ?) AND f.conversation_type IN (?)";
    }
}
