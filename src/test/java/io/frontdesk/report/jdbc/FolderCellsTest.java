package io.frontdesk.report.jdbc;

import io.frontdesk.conversation.FolderType;
import io.frontdesk.report.ReportFolder;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folder filter's ranges of folder cells (PostgreSQL reads them one after the other, docs/reports.md "Folder cells
 * read per branch"): disjoint, so that sums over them count each cell once. RollupCountsTest checks the figures read
 * through them against the facts' count on both databases.
 */
class FolderCellsTest {

    private static final long VIEWER = 7;

    private static ReportFolder folder(long mailbox, FolderType type) {
        return new ReportFolder(mailbox, type, VIEWER);
    }

    @Test
    void each_folder_is_one_range_of_its_mailbox_class_and_assignee() {
        assertThat(FolderCells.branches(Set.of(folder(2, FolderType.CLOSED), folder(1, FolderType.ASSIGNED),
                folder(1, FolderType.UNASSIGNED), folder(3, FolderType.MINE), folder(3, FolderType.SPAM))))
                .containsExactly(new FolderCells.Branch(1, "unassigned", 0L),
                        new FolderCells.Branch(1, "assigned", null), new FolderCells.Branch(2, "closed", 0L), new FolderCells.Branch(3, "assigned", VIEWER),
                        new FolderCells.Branch(3, "spam", 0L));
    }

    @Test
    void mine_is_left_out_beside_its_mailboxs_assigned_and_drafts_is_no_range() {
        assertThat(FolderCells.branches(Set.of(folder(1, FolderType.MINE), folder(1, FolderType.ASSIGNED),
                folder(2, FolderType.MINE), folder(2, FolderType.DRAFTS))))
                .containsExactly(new FolderCells.Branch(1, "assigned", null),
                        new FolderCells.Branch(2, "assigned", VIEWER));
        assertThat(FolderCells.branches(Set.of(folder(4, FolderType.DRAFTS)))).isEmpty();
    }
}
