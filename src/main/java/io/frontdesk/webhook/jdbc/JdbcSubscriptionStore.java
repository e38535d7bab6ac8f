package io.frontdesk.webhook.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.webhook.NewSubscription;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.SubscriptionStore;
import io.frontdesk.webhook.WebhookDialect;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link SubscriptionStore} on SQLite and PostgreSQL; event names and mailbox ids are comma lists. */
public final class JdbcSubscriptionStore implements SubscriptionStore {

    private static final RowMapper<Subscription> ROW = (rs, ctx) -> new Subscription(rs.getLong("id"),
            rs.getLong("account_id"), WebhookDialect.valueOf(rs.getString("dialect").toUpperCase(Locale.ROOT)),
            rs.getString("url"), split(rs.getString("events")), rs.getString("secret"), rs.getString("label"),
            rs.getBoolean("notification"), rs.getString("payload_version"),
            split(rs.getString("mailbox_ids")).stream().map(Long::parseLong).toList(),
            Subscription.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
            rs.getString("disabled_reason"), rs.getInt("consecutive_failures"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "modified_at"));

    private final Database db;

    public JdbcSubscriptionStore(Database db) {
        this.db = db;
    }

    @Override
    public Subscription create(long accountId, NewSubscription s, Instant now) {
        long id = db.withHandle(h -> fields(h.createQuery("""
                        INSERT INTO webhook_subscriptions (account_id, dialect, url, events, secret, label,
                            notification, payload_version, mailbox_ids, state, consecutive_failures, created_at,
                            modified_at)
                        VALUES (:account, :dialect, :url, :events, :secret, :label, :notification, :version,
                            :mailboxes, :state, 0, :now, :now) RETURNING id"""), s)
                .bind("account", accountId)
                .bind("dialect", s.dialect().name().toLowerCase(Locale.ROOT))
                .bind("state", (s.state() == null ? Subscription.State.ENABLED : s.state()).token())
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class).one());
        return find(accountId, id).orElseThrow();
    }

    @Override
    public void replace(long accountId, long id, NewSubscription s, Instant now) {
        db.withHandle(h -> fields(h.createUpdate("""
                        UPDATE webhook_subscriptions SET url = :url, events = :events, secret = :secret,
                            label = :label, notification = :notification, payload_version = :version,
                            mailbox_ids = :mailboxes, modified_at = :now,
                            state = COALESCE(:state, state),
                            disabled_reason = CASE WHEN :state IS NULL THEN disabled_reason
                                                   WHEN :state = 'disabled' THEN 'disabled by the client'
                                                   ELSE NULL END,
                            consecutive_failures = CASE WHEN :state = 'enabled' THEN 0
                                                        ELSE consecutive_failures END
                        WHERE account_id = :account AND id = :id"""), s)
                .bind("account", accountId).bind("id", id)
                .bind("state", s.state() == null ? null : s.state().token())
                .bind("now", now.toEpochMilli())
                .execute());
    }

    private static <T extends SqlStatement<T>> T fields(T statement, NewSubscription s) {
        return statement.bind("url", s.url())
                .bind("events", String.join(",", s.events()))
                .bind("secret", s.secret())
                .bind("label", s.label())
                .bind("notification", Boolean.TRUE.equals(s.notification()))
                .bind("version", s.payloadVersion())
                .bind("mailboxes", s.mailboxIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    @Override
    public Optional<Subscription> find(long accountId, long id) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_subscriptions WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Subscription> find(long id) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM webhook_subscriptions WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<Subscription> list(long accountId, WebhookDialect dialect) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM webhook_subscriptions WHERE account_id = :account AND dialect = :dialect
                        ORDER BY id""")
                .bind("account", accountId).bind("dialect", dialect.name().toLowerCase(Locale.ROOT))
                .map(ROW).list());
    }

    @Override
    public List<Subscription> list(long accountId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM webhook_subscriptions WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(ROW).list());
    }

    @Override
    public List<Subscription> enabled(long accountId) {
        // in every change's transaction: plain JDBC (see Statements)
        List<Subscription> enabled = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT * FROM webhook_subscriptions WHERE account_id = ? AND state = 'enabled' ORDER BY id",
                    List.of(accountId), ROW, enabled::add);
            return null;
        });
        return enabled;
    }

    @Override
    public void lockAccount(long accountId) {
        if (db.vendor() == DbVendor.POSTGRESQL) {
            db.withHandle(h -> h.createQuery("SELECT id FROM accounts WHERE id = :account FOR UPDATE")
                    .bind("account", accountId).mapTo(Long.class).findOne());
        }
    }

    @Override
    public int count(long accountId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM webhook_subscriptions WHERE account_id = :account")
                .bind("account", accountId).mapTo(Integer.class).one());
    }

    @Override
    public boolean delete(long accountId, long id) {
        return db.withHandle(h -> h.createUpdate(
                        "DELETE FROM webhook_subscriptions WHERE account_id = :account AND id = :id")
                .bind("account", accountId).bind("id", id).execute()) == 1;
    }

    @Override
    public boolean setState(long accountId, long id, Subscription.State state, String reason, Instant now) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_subscriptions SET state = :state, disabled_reason = :reason,
                            consecutive_failures = CASE WHEN :state = 'enabled' THEN 0 ELSE consecutive_failures END,
                            modified_at = :now
                        WHERE account_id = :account AND id = :id""")
                .bind("account", accountId).bind("id", id).bind("state", state.token())
                .bind("reason", state == Subscription.State.ENABLED ? null : reason)
                .bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public void recordSuccess(long id) {
        db.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_subscriptions SET consecutive_failures = 0
                        WHERE id = :id AND consecutive_failures <> 0""")
                .bind("id", id).execute());
    }

    @Override
    public boolean recordFailure(long id, int disableAt, Instant now) {
        // One statement counts and disables, so two nodes failing at once cannot both miss the threshold.
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("""
                            UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1,
                                state = CASE WHEN consecutive_failures + 1 >= :limit THEN 'disabled' ELSE state END,
                                disabled_reason = CASE WHEN consecutive_failures + 1 >= :limit AND state = 'enabled'
                                    THEN :reason ELSE disabled_reason END,
                                modified_at = CASE WHEN consecutive_failures + 1 >= :limit AND state = 'enabled'
                                    THEN :now ELSE modified_at END
                            WHERE id = :id""")
                    .bind("id", id).bind("limit", disableAt).bind("now", now.toEpochMilli())
                    .bind("reason", disableAt + " delivery attempts failed in a row").execute();
            return h.createQuery("SELECT consecutive_failures FROM webhook_subscriptions WHERE id = :id")
                    .bind("id", id).mapTo(Integer.class).findOne().orElse(0) == disableAt;
        }));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
