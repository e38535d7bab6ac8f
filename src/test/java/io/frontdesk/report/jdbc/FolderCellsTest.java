package io.frontdesk.report.jdbc;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.report.ReportFolder;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact's folder cells and a folder filter's ranges of them (PostgreSQL reads them one after the other,
 * docs/reports.md "Folder cells read per branch"): each fact in at most one of a filter's ranges, so that sums over
 * them count it once; Assigned reads the summed cells (V64). RollupCountsTest checks the figures read through them
 * against the facts' count, and the folded cells against both rebuilds', on both databases.
 */
class FolderCellsTest {

    private static final long VIEWER = 7;

    private static ReportFolder folder(long mailbox, FolderType type) {
        return new ReportFolder(mailbox, type, VIEWER);
    }

    @Test
    void an_assigned_fact_is_in_its_assignees_cell_and_the_summed_one_others_in_their_class_or_none() {
        assertThat(FolderCells.cells("active", 5L)).containsExactly(List.of("assigned", 5L),
                List.of("assigned", FolderCells.ANY));
        assertThat(FolderCells.cells("pending", null)).containsExactly(List.of("unassigned", 0L));
        assertThat(FolderCells.cells("closed", 5L)).containsExactly(List.of("closed", 0L));
        assertThat(FolderCells.cells("spam", null)).containsExactly(List.of("spam", 0L));
        assertThat(FolderCells.cells(null, 5L)).isEmpty();
    }

    @Test
    void each_folder_is_one_range_of_its_mailbox_class_and_assignee() {
        assertThat(FolderCells.branches(Set.of(folder(2, FolderType.CLOSED), folder(1, FolderType.ASSIGNED),
                folder(1, FolderType.UNASSIGNED), folder(3, FolderType.MINE), folder(3, FolderType.SPAM))))
                .containsExactly(new FolderCells.Branch(1, "unassigned", 0L),
                        new FolderCells.Branch(1, "assigned", FolderCells.ANY), new FolderCells.Branch(2, "closed", 0L),
                        new FolderCells.Branch(3, "assigned", VIEWER),
                        new FolderCells.Branch(3, "spam", 0L));
    }

    @Test
    void mine_is_left_out_beside_its_mailboxs_assigned_and_drafts_is_no_range() {
        assertThat(FolderCells.branches(Set.of(folder(1, FolderType.MINE), folder(1, FolderType.ASSIGNED),
                folder(2, FolderType.MINE), folder(2, FolderType.DRAFTS))))
                .containsExactly(new FolderCells.Branch(1, "assigned", FolderCells.ANY),
                        new FolderCells.Branch(2, "assigned", VIEWER));
        assertThat(FolderCells.branches(Set.of(folder(4, FolderType.DRAFTS)))).isEmpty();
    }

    @Test
    void a_folder_reads_the_cells_of_exactly_the_facts_it_holds() {
        List<String> statuses = Arrays.asList("active", "pending", "closed", "spam", "open", null);
        List<Long> assignees = Arrays.asList(null, VIEWER, 9L);
        for (FolderType type : FolderType.values()) {
            List<FolderCells.Branch> branches = FolderCells.branches(Set.of(folder(1, type)));
            for (String status : statuses) {
                for (Long assignee : assignees) {
                    boolean read = branches.stream().anyMatch(b -> FolderCells.cells(status, assignee).stream()
                            .anyMatch(c -> c.get(0).equals(b.folder()) && c.get(1).equals(b.assigneeId())));
                    assertThat(read).as("%s holds a %s fact assigned to %s", type, status, assignee)
                            .isEqualTo(holds(type, status, assignee));
                }
            }
        }
    }

    /** docs/reports.md, "The folders filter", written out: the open folders by assignee, Drafts nothing. */
    private static boolean holds(FolderType type, String status, Long assignee) {
        boolean open = "active".equals(status) || "pending".equals(status);
        return switch (type) {
            case UNASSIGNED -> open && assignee == null;
            case MINE -> open && assignee != null && assignee == VIEWER;
            case ASSIGNED -> open && assignee != null;
            case CLOSED -> "closed".equals(status);
            case SPAM -> "spam".equals(status);
            case DRAFTS -> false;
        };
    }
}
