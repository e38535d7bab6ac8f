package io.frontdesk.mailbox.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.mailbox.Routing;
import io.frontdesk.mailbox.RoutingStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link RoutingStore} on SQLite and PostgreSQL alike (table mailbox_routing, migration V21). */
public final class JdbcRoutingStore implements RoutingStore {

    private final Database db;

    public JdbcRoutingStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Routing> find(long mailboxId) {
        return select(mailboxId, "");
    }

    @Override
    public Optional<Routing> lock(long mailboxId) {
        return select(mailboxId, db.vendor() == DbVendor.POSTGRESQL ? " FOR UPDATE" : "");
    }

    private Optional<Routing> select(long mailboxId, String suffix) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM mailbox_routing WHERE mailbox_id = :id" + suffix)
                .bind("id", mailboxId)
                .map((rs, ctx) -> new Routing("enabled".equals(rs.getString("state")), rs.getInt("assignment_limit"),
                        Routing.Method.fromToken(rs.getString("assignment_method")), ids(rs.getString("user_ids"))))
                .findOne());
    }

    @Override
    public Optional<Long> lastAssigned(long mailboxId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT COALESCE(last_assigned_user_id, 0) FROM mailbox_routing WHERE mailbox_id = :id")
                .bind("id", mailboxId).mapTo(Long.class).findOne().filter(id -> id != 0));
    }

    @Override
    public void setLastAssigned(long mailboxId, long userId) {
        db.withHandle(h -> h.createUpdate(
                        "UPDATE mailbox_routing SET last_assigned_user_id = :user WHERE mailbox_id = :id")
                .bind("user", userId).bind("id", mailboxId).execute());
    }

    @Override
    public void save(long mailboxId, Routing routing, Instant now) {
        String ids = routing.userIds().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO mailbox_routing (mailbox_id, state, assignment_limit, assignment_method, user_ids,
                                                     updated_at)
                        VALUES (:id, :state, :limit, :method, :ids, :now)
                        ON CONFLICT (mailbox_id) DO UPDATE SET state = excluded.state,
                            assignment_limit = excluded.assignment_limit,
                            assignment_method = excluded.assignment_method, user_ids = excluded.user_ids,
                            updated_at = excluded.updated_at""")
                .bind("id", mailboxId).bind("state", routing.enabled() ? "enabled" : "disabled")
                .bind("limit", routing.assignmentLimit()).bind("method", routing.method().token())
                .bind("ids", ids).bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public Map<Long, Long> activeCounts(long mailboxId) {
        return db.withHandle(h -> {
            Map<Long, Long> counts = new HashMap<>();
            h.createQuery("""
                        SELECT assignee_id, COUNT(*) AS n FROM conversations
                        WHERE mailbox_id = :id AND status = 'active' AND state = 'published'
                            AND assignee_id IS NOT NULL
                        GROUP BY assignee_id""")
                .bind("id", mailboxId)
                    .map((rs, ctx) -> Map.entry(rs.getLong("assignee_id"), rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    /** The stored JSON array of ids, written by {@link #save} only. */
    private static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        String inner = json.trim();
        inner = inner.substring(1, inner.length() - 1).trim();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",")) {
                ids.add(Long.parseLong(part.trim()));
            }
        }
        return ids;
    }
}
