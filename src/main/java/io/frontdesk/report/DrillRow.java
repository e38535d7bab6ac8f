package io.frontdesk.report;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as a drilldown lists it: which conversations are listed comes from the facts; what a row shows
 * (subject, status, tags, assignee) is the conversation as it is now, as Help Scout's lists show it.
 *
 * @param customerName the primary customer's name, or its email when it has none
 */
public record DrillRow(long id, long number, String type, long mailboxId, boolean attachments, String subject,
                       String status, int threadCount, String preview, long customerId, String customerName,
                       String customerEmail, Instant modifiedAt, Long assignedId, String assignedName,
                       List<Tag> tags) {

    public DrillRow {
        tags = List.copyOf(tags);
    }

    public record Tag(long id, String name, String color) {
    }
}
