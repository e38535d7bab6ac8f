package io.frontdesk.webhook.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.LeasedTable;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.webhook.Attempt;
import io.frontdesk.webhook.ClaimedDelivery;
import io.frontdesk.webhook.Delivery;
import io.frontdesk.webhook.DeliveryStore;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook delivery queue and log on SQLite and PostgreSQL. {@link #enqueue} joins the change's transaction;
 * claims, retries, give-ups and releases follow {@link LeasedTable}'s protocol, which the outbox and jobs share.
 */
public final class JdbcDeliveryStore implements DeliveryStore {

    private static final RowMapper<ClaimedDelivery> CLAIMED = (rs, ctx) -> new ClaimedDelivery(rs.getLong("id"),
            rs.getInt("attempts"), rs.getLong("account_id"), rs.getLong("subscription_id"),
            rs.getString("event_name"), rs.getString("delivery_uuid"), rs.getString("payload"),
            Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "last_attempt_at"));

    private static final RowMapper<Delivery> DELIVERY = (rs, ctx) -> new Delivery(rs.getLong("id"),
            rs.getLong("subscription_id"), rs.getString("event_name"), rs.getString("delivery_uuid"),
            Delivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getInt("attempts"),
            Rows.instant(rs, "next_attempt_at"), rs.getString("last_error"), Rows.instant(rs, "occurred_at"),
            Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "last_attempt_at"),
            Rows.nullableInstant(rs, "delivered_at"));

    private static final RowMapper<Attempt> ATTEMPT = (rs, ctx) -> {
        Integer status = rs.getInt("status_code");
        if (rs.wasNull()) {
            status = null;
        }
        return new Attempt(rs.getLong("delivery_id"), Rows.instant(rs, "attempted_at"), status, rs.getLong("duration_ms"), rs.getString("response_excerpt"),
                rs.getString("error"), rs.getString("node"));
    };

    private final Database db;
    private final LeasedTable leases;

    public JdbcDeliveryStore(Database db) {
        this.db = db;
        this.leases = new LeasedTable(db, "webhook_deliveries");
    }

    @Override
    public long enqueue(long accountId, long subscriptionId, Long eventId, String eventName, String payload,
                        Instant occurredAt, Instant now) {
        // in the transaction of every change with a subscriber: plain JDBC (see Statements)
        return db.withStatements(s -> s.returningLong("""
                        INSERT INTO webhook_deliveries (account_id, subscription_id, event_id, event_name,
                            delivery_uuid, payload, occurred_at, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?) RETURNING id""", Statements.params(
                accountId, subscriptionId, eventId, eventName, UUID.randomUUID().toString(), payload,
                occurredAt.toEpochMilli(), now.toEpochMilli(), now.toEpochMilli())));
    }

    @Override
    public List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit, Long onlyId) {
        String condition = onlyId == null ? "TRUE" : "id = " + onlyId.longValue();
        return leases.claim(node, now, leaseUntil, limit, condition, CLAIMED);
    }

    @Override
    public boolean markDelivered(long id, int attempts, Instant now) {
        // Not conditional on the claim: the receiver has it, whoever holds the lease now.
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET status = 'delivered', attempts = :attempts, delivered_at = :now,
                            claimed_until = NULL, last_error = NULL
                        WHERE id = :id AND status = 'pending'""")
                .bind("id", id).bind("attempts", attempts).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public void reschedule(long id, String node, int attempts, Instant next, String error) {
        leases.reschedule(id, node, attempts, next, error);
    }

    @Override
    public void markFailed(long id, String node, int attempts, String error) {
        leases.markFailed(id, node, attempts, error);
    }

    @Override
    public void release(List<Long> ids, String node) {
        leases.release(ids, node);
    }

    @Override
    public int failPending(long subscriptionId, Instant now, String reason) {
        // Rows under another node's live claim are left to it: its run sees the subscription disabled and gives up.
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET status = 'failed', last_error = :reason, claimed_until = NULL
                        WHERE subscription_id = :subscription AND status = 'pending'
                          AND (claimed_until IS NULL OR claimed_until < :now)""")
                .bind("subscription", subscriptionId).bind("now", now.toEpochMilli()).bind("reason", reason)
                .execute());
    }

    @Override
    public void recordAttempt(Attempt a) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("""
                            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, duration_ms,
                                response_excerpt, error, node)
                            VALUES (:delivery, :at, :status, :duration, :excerpt, :error, :node)""")
                    .bind("delivery", a.deliveryId()).bind("at", a.attemptedAt().toEpochMilli())
                    .bind("status", a.statusCode()).bind("duration", a.durationMs())
                    .bind("excerpt", a.responseExcerpt()).bind("error", a.error()).bind("node", a.node())
                    .execute();
            return h.createUpdate("UPDATE webhook_deliveries SET last_attempt_at = :at WHERE id = :delivery")
                    .bind("delivery", a.deliveryId()).bind("at", a.attemptedAt().toEpochMilli()).execute();
        }));
    }

    @Override
    public Optional<Delivery> find(long accountId, long id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_deliveries WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", id).map(DELIVERY).findOne());
    }

    @Override
    public List<Delivery> list(long accountId, long subscriptionId, boolean failedOnly, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM webhook_deliveries
                        WHERE account_id = :account AND subscription_id = :subscription
                          AND (:all OR status = 'failed')
                        ORDER BY id DESC LIMIT :limit""")
                .bind("account", accountId).bind("subscription", subscriptionId).bind("all", !failedOnly)
                .bind("limit", limit).map(DELIVERY).list());
    }

    @Override
    public List<Attempt> attempts(long deliveryId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_attempts WHERE delivery_id = :delivery ORDER BY id")
                .bind("delivery", deliveryId).map(ATTEMPT).list());
    }

    @Override
    public boolean redeliver(long accountId, long id, Instant now) {
        return db.withHandle(h -> h.createUpdate(REQUEUE + " AND id = :id")
                .bind("account", accountId).bind("id", id).bind("now", now.toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public int redeliverFailed(long accountId, long subscriptionId, Instant now) {
        return db.withHandle(h -> h.createUpdate(REQUEUE.replace("status IN ('delivered', 'failed')",
                        "status = 'failed'") + " AND subscription_id = :subscription")
                .bind("account", accountId).bind("subscription", subscriptionId).bind("now", now.toEpochMilli())
                .execute());
    }

    /** Pending again, due now, with a fresh retry schedule; the attempts made before stay in the log. */
    private static final String REQUEUE = """
            UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = :now,
                claimed_by = NULL, claimed_until = NULL, delivered_at = NULL
            WHERE account_id = :account AND status IN ('delivered', 'failed')""";

    @Override
    public Figures figures() {
        return db.withHandle(h -> new Figures(
                h.createQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'pending'")
                        .mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'failed'")
                        .mapTo(Long.class).one()));
    }

    @Override
    public int pruneDelivered(Instant before, int limit) {
        // attempts go with their delivery (ON DELETE CASCADE); the subquery bounds one statement on both databases
        return db.withHandle(h -> h.createUpdate("""
                        DELETE FROM webhook_deliveries WHERE id IN (
                            SELECT id FROM webhook_deliveries
                            WHERE status = 'delivered' AND delivered_at < :before LIMIT :limit)""")
                .bind("before", before.toEpochMilli()).bind("limit", limit).execute());
    }
}
