package io.frontdesk.conversation;

import java.time.Instant;

/**
 * A mailbox folder with its counts. {@code userId} is the viewing user for {@link FolderType#MINE} and 0 for the
 * shared folders; {@code updatedAt} is the latest change of a conversation in it, or the mailbox's own time.
 */
public record Folder(long id, long mailboxId, FolderType type, long userId, long totalCount, long activeCount,
                     Instant updatedAt) {
}
