package io.frontdesk.mail.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.LeasedTable;
import io.frontdesk.db.Statements;
import io.frontdesk.mail.ClaimedMessage;
import io.frontdesk.mail.Outbox;
import io.frontdesk.mail.OutboxEntry;
import io.frontdesk.mail.OutboxQueue;
import io.frontdesk.mail.OutgoingMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table on SQLite and PostgreSQL. {@link #enqueue} joins the caller's transaction; the worker's operations
 * each run on their own, so a delivery is recorded the moment it happened, whatever else fails afterwards.
 *
 * <p>Claims, retries, give-ups and releases follow the lease protocol that the jobs table shares
 * ({@link LeasedTable}): one claim statement, {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, an IMMEDIATE transaction
 * on SQLite. Only the record of a delivery ({@link #markSent}) is the outbox's own.
 */
public final class JdbcOutbox implements Outbox, OutboxQueue {

    private final Database db;
    private final Clock clock;
    private final LeasedTable leases;

    public JdbcOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.leases = new LeasedTable(db, "outbox");
    }

    /** Queues the message in the current transaction; a Message-ID already queued (or sent) is left as it is. */
    @Override
    public void enqueue(OutgoingMessage m) {
        long now = clock.millis();
        String to = OutboxRows.lines("to", m.to());
        if (to.isEmpty()) {
            throw new IllegalArgumentException("outgoing message: no recipient");
        }
        // in every reply's transaction: plain JDBC (see Statements)
        db.withStatements(s -> s.update("""
                        INSERT INTO outbox (account_id, conversation_id, thread_id, message_id, from_name, from_address,
                            to_addresses, cc_addresses, bcc_addresses, subject, body_text, body_html, in_reply_to,
                            reference_ids, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
                        ON CONFLICT (message_id) DO NOTHING""", Statements.params(
                m.accountId(),
                m.conversationId(),
                m.threadId(),
                OutboxRows.messageId("messageId", m.messageId()),
                OutboxRows.singleLine("fromName", m.fromName()),
                OutboxRows.singleLine("fromAddress", m.fromAddress()),
                to,
                OutboxRows.lines("cc", m.cc()),
                OutboxRows.lines("bcc", m.bcc()),
                OutboxRows.singleLine("subject", m.subject()),
                m.text() == null ? "" : m.text(),
                m.html(),
                m.inReplyTo() == null ? null : OutboxRows.messageId("inReplyTo", m.inReplyTo()),
                OutboxRows.words("references", m.references()),
                now,
                now)));
    }

    @Override
    public List<ClaimedMessage> claim(String node, Instant now, Instant leaseUntil, int limit) {
        return leases.claim(node, now, leaseUntil, limit, "TRUE", OutboxRows.CLAIMED);
    }

    @Override
    public boolean markSent(long id, int attempts, Instant now) {
        // Not conditional on the claim: the server has the message, whoever holds the lease now. claimed_by stays as
        // a record of which node sent it.
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE outbox SET status = 'sent', attempts = :attempts, sent_at = :now, claimed_until = NULL,
                            last_error = NULL
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id).bind("attempts", attempts).bind("now", now.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public void reschedule(long id, String node, int attempts, Instant nextAttempt, String error) {
        leases.reschedule(id, node, attempts, nextAttempt, error);
    }

    @Override
    public void markFailed(long id, String node, int attempts, String error) {
        leases.markFailed(id, node, attempts, error);
    }

    @Override
    public void release(List<Long> ids, String node) {
        leases.release(ids, node);
    }

    /** The delivery state of the message with this Message-ID, if it was ever queued. */
    public Optional<OutboxEntry> find(String messageId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM outbox WHERE message_id = :messageId")
                .bind("messageId", messageId).map(OutboxRows.ENTRY).findOne());
    }

    /** Every queued message of an account, oldest first. */
    public List<OutboxEntry> list(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM outbox WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(OutboxRows.ENTRY).list());
    }
}
