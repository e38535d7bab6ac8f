package io.frontdesk.conversation;

import java.time.Instant;

/** The size of a folder, its active part, and its latest change (null when empty). */
public record FolderStats(long total, long active, Instant latestUpdate) {
}
