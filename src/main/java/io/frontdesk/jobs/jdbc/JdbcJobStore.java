package io.frontdesk.jobs.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.LeasedTable;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.jobs.JobStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The jobs table on SQLite and PostgreSQL. {@link #enqueue} and {@link #markDone} join the caller's transaction (the
 * request's, the job's); claims, retries, give-ups and releases follow the lease protocol shared with the email outbox
 * ({@link LeasedTable}).
 */
public final class JdbcJobStore implements JobQueue, JobStore {

    static final RowMapper<ClaimedJob> CLAIMED = (rs, ctx) -> new ClaimedJob(rs.getLong("id"), rs.getString("kind"),
            rs.getObject("account_id") == null ? null : rs.getLong("account_id"), rs.getString("payload"),
            rs.getInt("attempts"));

    /** A job row as it stands, for tests and for operators reading the table. */
    public record Row(long id, String kind, Long accountId, String payload, String status, int attempts,
                      String claimedBy, String lastError) {
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(rs.getLong("id"), rs.getString("kind"),
            rs.getObject("account_id") == null ? null : rs.getLong("account_id"), rs.getString("payload"),
            rs.getString("status"), rs.getInt("attempts"), rs.getString("claimed_by"), rs.getString("last_error"));

    private final Database db;
    private final Clock clock;
    private final LeasedTable leases;

    public JdbcJobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.leases = new LeasedTable(db, "jobs");
    }

    @Override
    public void enqueue(JobKind kind, Long accountId, String payload) {
        enqueue(kind, accountId, payload, clock.instant());
    }

    @Override
    public void enqueue(JobKind kind, Long accountId, String payload, Instant dueAt) {
        long now = clock.millis();
        // next_attempt_at is when a job is due: the claim takes only rows whose time has come
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO jobs (kind, account_id, payload, status, attempts, next_attempt_at, created_at)
                        VALUES (:kind, :account, :payload, 'pending', 0, :due, :now)""")
                .bind("kind", kind.stored()).bind("account", accountId).bind("payload", payload).bind("now", now)
                .bind("due", Math.max(now, dueAt.toEpochMilli())).execute());
    }

    @Override
    public List<ClaimedJob> claim(String node, Instant now, Instant leaseUntil, int limit, Set<JobKind> kinds) {
        // Kind names come from the enum, never from input, so they can be written into the statement.
        StringJoiner names = new StringJoiner(", ", "kind IN (", ")");
        kinds.forEach(kind -> names.add("'" + kind.stored() + "'"));
        return leases.claim(node, now, leaseUntil, limit, names.toString(), CLAIMED);
    }

    @Override
    public boolean markDone(long id, String node, int attempts, Instant now) {
        // Not conditional on the claim: whoever finishes first wins, and claimed_by then records who ran it.
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE jobs SET status = 'done', attempts = :attempts, finished_at = :now, claimed_by = :node,
                            claimed_until = NULL, last_error = NULL
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id).bind("node", node).bind("attempts", attempts).bind("now", now.toEpochMilli())
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

    /** Every job of an account, oldest first. */
    public List<Row> list(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM jobs WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(ROW).list());
    }

    public Optional<Row> find(long id) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM jobs WHERE id = :id").bind("id", id).map(ROW)
                .findOne());
    }
}
