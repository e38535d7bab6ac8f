package io.frontdesk.mail.jdbc;

import io.frontdesk.db.Rows;
import io.frontdesk.mail.ClaimedMessage;
import io.frontdesk.mail.OutboxEntry;
import io.frontdesk.mail.OutgoingMessage;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a message is laid out in the `outbox` row: scalar fields in their own columns, address lists one per line,
 * references separated by spaces. Neither separator can occur inside an item, which {@link #lines} and
 * {@link #words} enforce, so the encoding is lossless and an operator can read the table with plain SQL.
 */
final class OutboxRows {

    static final RowMapper<ClaimedMessage> CLAIMED = (rs, ctx) -> new ClaimedMessage(rs.getLong("id"),
            rs.getInt("attempts"), new OutgoingMessage(rs.getLong("account_id"), rs.getLong("conversation_id"),
            Rows.nullableLong(rs, "thread_id"), rs.getString("from_name"), rs.getString("from_address"),
            split(rs.getString("to_addresses"), "\n"), split(rs.getString("cc_addresses"), "\n"),
            split(rs.getString("bcc_addresses"), "\n"), rs.getString("subject"), rs.getString("body_text"),
            rs.getString("body_html"), rs.getString("message_id"), rs.getString("in_reply_to"),
            split(rs.getString("reference_ids"), " ")));

    static final RowMapper<OutboxEntry> ENTRY = (rs, ctx) -> new OutboxEntry(rs.getLong("id"),
            rs.getLong("account_id"), rs.getString("message_id"),
            OutboxEntry.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getInt("attempts"),
            Rows.instant(rs, "next_attempt_at"), rs.getString("claimed_by"), Rows.nullableInstant(rs, "claimed_until"),
            rs.getString("last_error"), Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "sent_at"));

    private OutboxRows() {
    }

    /** Addresses one per line; an address with a line break would also be a header injection, so it is refused. */
    static String lines(String field, List<String> items) {
        for (String item : items) {
            if (item == null || item.isBlank() || item.indexOf('\n') >= 0 || item.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("outgoing message: bad " + field + " entry");
            }
        }
        return String.join("\n", items);
    }

    /** Message-IDs separated by spaces; one with white space or angle brackets is not a Message-ID. */
    static String words(String field, List<String> items) {
        items.forEach(item -> messageId(field, item));
        return String.join(" ", items);
    }

    static String messageId(String field, String id) {
        if (id == null || id.isEmpty() || !id.matches("[^\\s<>]+")) {
            throw new IllegalArgumentException("outgoing message: " + field
                    + " must be a Message-ID without angle brackets or white space");
        }
        return id;
    }

    static String singleLine(String field, String value) {
        if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("outgoing message: " + field + " must be one line");
        }
        return value;
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator, -1));
    }
}
