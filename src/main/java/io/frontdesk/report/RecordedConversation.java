package io.frontdesk.report;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as its creation wrote it, read once by {@link ReportRecorder} in the creating transaction: its one
 * event carries the whole create (threads, status), so the recorder reads what that event describes.
 *
 * @param threads its published threads, oldest first
 */
public record RecordedConversation(long id, long accountId, long number, long customerId, String status,
                                   Instant createdAt, Instant closedAt, Long closedBy, Long assigneeId,
                                   List<RecordedThread> threads) {
}
