package io.frontdesk.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code conversations} row of one conversation {@link ReportFactLoader} loads, as the server would hold it after
 * the facts: its status and assignee those its last fact carries, created and modified at its first and last fact,
 * its thread count and latest reply from its messages and replies, closed at (and by) its last close while closed.
 * The drilldowns' rows and the user conversation history join it. No thread rows are written (no report reads them),
 * so its preview stays empty.
 */
record LoadedConversation(long id, long mailbox, String type, long customer, String subject, String status,
                          Long assignee, String createdByType, long createdBy, int threads, Long closedAt,
                          Long closedBy, Long waitingSince, String latestReplyFrom, long created, long updated) {

    static final String COLUMNS = "id, account_id, number, mailbox_id, customer_id, subject, status, type, state,"
            + " thread_count, assignee_id, created_by_type, created_by_id, closed_at, closed_by_id, user_updated_at,"
            + " waiting_since, latest_reply_from, created_at, updated_at";

    private static final String[] SUBJECTS = {"Order %d has not arrived", "Refund for invoice %d",
            "Cannot log in since yesterday (ticket %d)", "Question about plan upgrade %d",
            "Wrong size delivered, order %d", "Password reset link expired (%d)", "Billing address change %d",
            "Feature request: export %d"};

    /** From the conversation's facts, in the order the recorder wrote them (the first one its creation). */
    static LoadedConversation of(List<ReportFactLoader.Row> facts) {
        ReportFactLoader.Row first = facts.get(0);
        ReportFactLoader.Row last = facts.get(facts.size() - 1);
        long updated = first.at();
        int threads = 0;
        ReportFactLoader.Row latestThread = null;
        ReportFactLoader.Row lastClose = null;
        for (ReportFactLoader.Row f : facts) {
            updated = Math.max(updated, f.at());
            switch (f.kind()) {
                case "CUSTOMER_MESSAGE", "REPLY" -> {
                    threads++;
                    latestThread = f;
                }
                case "CLOSED" -> lastClose = f;
                default -> {
                }
            }
        }
        boolean closed = "closed".equals(last.status());
        boolean customerLast = latestThread != null && latestThread.kind().equals("CUSTOMER_MESSAGE");
        long id = first.conversation();
        return new LoadedConversation(id, first.mailbox(), first.type(), first.customer(),
                String.format(SUBJECTS[(int) (id % SUBJECTS.length)], 10_000 + id), last.status(), last.assignee(),
                first.user() == null ? "customer" : "user", first.user() == null ? first.customer() : first.user(),
                threads, closed && lastClose != null ? lastClose.at() : null,
                closed && lastClose != null ? lastClose.user() : null,
                customerLast && !closed ? latestThread.at() : null,
                latestThread == null ? null : customerLast ? "customer" : "user", first.at(), updated);
    }

    /** Binds the row to an insert of {@link #COLUMNS}. */
    void bind(PreparedStatement insert, long accountId) throws SQLException {
        Object[] values = values(accountId);
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    /** One CSV line of {@link #COLUMNS}, for COPY: empty for null, the subject quoted. */
    void appendCsv(StringBuilder csv, long accountId) {
        Object[] values = values(accountId);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (values[i] instanceof String text) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (values[i] != null) {
                csv.append(values[i]);
            }
        }
        csv.append('\n');
    }

    private Object[] values(long accountId) {
        return new Object[] {id, accountId, id, mailbox, customer, subject, status, type, "published", threads,
                assignee, createdByType, createdBy, closedAt, closedBy, updated, waitingSince, latestReplyFrom,
                created, updated};
    }
}
