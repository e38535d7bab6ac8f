package io.frontdesk.report;

import io.frontdesk.conversation.FolderType;

import java.util.Optional;

/**
 * A mailbox folder a report is filtered by (docs/reports.md, "The folders filter"): the facts that happened while
 * their conversation was in it, by the status and assignee each fact carries.
 *
 * @param viewerId the user whose Mine it is: the caller of the report
 */
public record ReportFolder(long mailboxId, FolderType type, long viewerId) {

    /**
     * The folder with this id ({@code conversation.Folders}: the mailbox id times ten plus the type's code) as
     * {@code viewerId} sees it; empty when the number cannot be a folder id.
     */
    public static Optional<ReportFolder> of(long folderId, long viewerId) {
        if (folderId <= 10) {
            return Optional.empty();
        }
        for (FolderType type : FolderType.values()) {
            if (type.code() == folderId % 10) {
                return Optional.of(new ReportFolder(folderId / 10, type, viewerId));
            }
        }
        return Optional.empty();
    }
}
