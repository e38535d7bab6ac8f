package io.frontdesk.db;

import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lease protocol of a table that background workers on several nodes drain: the email outbox and the jobs table.
 * Such a table has the columns {@code id, status, attempts, next_attempt_at, claimed_by, claimed_until, last_error};
 * a row is {@code pending} until a worker finishes it, and a node works on a row only while it holds the claim.
 *
 * <p>Claiming is one statement that picks the due rows and stamps the lease. On PostgreSQL the pick is
 * {@code FOR UPDATE SKIP LOCKED}, so nodes polling at the same moment take disjoint batches instead of queueing on each
 * other's row locks; a row whose claim another node committed first fails the re-checked condition. SQLite has one
 * writer at a time and runs the statement in an IMMEDIATE transaction, which gives the same exclusion.
 *
 * <p>Finishing a row (sent, done) is each table's own statement: what it records differs. Every other change here
 * requires the row to be still pending and claimed by the caller, so a node whose lease ran out cannot undo what the
 * node that took over did.
 */
public final class LeasedTable {

    private static final String CLAIM = """
            UPDATE %1$s SET claimed_by = :node, claimed_until = :lease
            WHERE id IN (SELECT id FROM %1$s
                         WHERE status = 'pending' AND next_attempt_at <= :now
                           AND (claimed_until IS NULL OR claimed_until < :now) AND (%2$s)
                         ORDER BY id LIMIT :limit%3$s)
            RETURNING *""";

    private final Database db;
    private final String table;

    /** @param table a table name from code, never from input: it is written into the SQL */
    public LeasedTable(Database db, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.db = db;
        this.table = table;
    }

    /**
     * Claims up to {@code limit} pending rows that are due at {@code now}, not under another node's unexpired lease
     * and matching {@code condition} (SQL from code, e.g. {@code "TRUE"}), for {@code node} until {@code leaseUntil}.
     * Runs in a transaction of its own and answers the rows oldest first.
     */
    public <T> List<T> claim(String node, Instant now, Instant leaseUntil, int limit, String condition,
                             RowMapper<T> mapper) {
        String lock = db.vendor() == DbVendor.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
        List<Map.Entry<Long, T>> claimed = db.inTransaction(() -> db.withHandle(h -> h
                .createQuery(CLAIM.formatted(table, condition, lock))
                .bind("node", node)
                .bind("lease", leaseUntil.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), mapper.map(rs, ctx)))
                .list()));
        // RETURNING gives no order; oldest first keeps work in the order it was asked for.
        return claimed.stream().sorted(Comparator.comparingLong(Map.Entry::getKey)).map(Map.Entry::getValue).toList();
    }

    /** Records a failed attempt and when to try again, and gives up the claim. */
    public void reschedule(long id, String node, int attempts, Instant nextAttempt, String error) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE %s SET attempts = :attempts, next_attempt_at = :next, last_error = :error,
                            claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :node AND status = 'pending'""".formatted(table))
                .bind("id", id).bind("node", node).bind("attempts", attempts)
                .bind("next", nextAttempt.toEpochMilli()).bind("error", error)
                .execute());
    }

    /** Records that the row will never be finished; {@code claimed_by} stays as a record of who gave up. */
    public void markFailed(long id, String node, int attempts, String error) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE %s SET status = 'failed', attempts = :attempts, last_error = :error,
                            claimed_until = NULL
                        WHERE id = :id AND claimed_by = :node AND status = 'pending'""".formatted(table))
                .bind("id", id).bind("node", node).bind("attempts", attempts).bind("error", error)
                .execute());
    }

    /** Gives up claims this node will not use (a stop, a lease about to run out), so another node may take them. */
    public void release(List<Long> ids, String node) {
        if (ids.isEmpty()) {
            return;
        }
        db.withHandle(h -> h.createUpdate("""
                        UPDATE %s SET claimed_by = NULL, claimed_until = NULL
                        WHERE id IN (<ids>) AND claimed_by = :node AND status = 'pending'""".formatted(table))
                .bindList("ids", ids).bind("node", node)
                .execute());
    }
}
