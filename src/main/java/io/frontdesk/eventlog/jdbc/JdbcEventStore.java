package io.frontdesk.eventlog.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventStore;
import io.frontdesk.eventlog.EventType;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EventStore} on SQLite and PostgreSQL alike. The insert is a plain prepared statement ({@link Statements}):
 * it runs in every write's transaction, where Jdbi's per-statement machinery would hold SQLite's write lock longer.
 */
public final class JdbcEventStore implements EventStore {

    private static final String INSERT = """
            INSERT INTO events (account_id, type, subject_id, mailbox_id, thread_id, actor_user_id, occurred_at,
                                details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";

    static final RowMapper<Event> EVENT = (rs, ctx) -> new Event(rs.getLong("id"), rs.getLong("account_id"),
            EventType.valueOf(rs.getString("type")), rs.getLong("subject_id"), Rows.nullableLong(rs, "mailbox_id"),
            Rows.nullableLong(rs, "thread_id"), Rows.nullableLong(rs, "actor_user_id"),
            Rows.instant(rs, "occurred_at"), EventDetails.decode(rs.getString("details")));

    private final Database db;

    public JdbcEventStore(Database db) {
        this.db = db;
    }

    @Override
    public long insert(long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                       Long actorUserId, Instant occurredAt, String details) {
        return db.withStatements(s -> s.returningLong(INSERT, Statements.params(accountId, type.name(), subjectId,
                mailboxId, threadId, actorUserId, occurredAt.toEpochMilli(), details)));
    }

    @Override
    public List<Event> after(long accountId, long afterId, int limit) {
        List<Event> events = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT * FROM events WHERE account_id = ? AND id > ? ORDER BY id LIMIT ?",
                    Statements.params(accountId, afterId, limit), EVENT, events::add);
            return null;
        });
        return events;
    }

    @Override
    public List<Event> ofType(long accountId, EventType type) {
        List<Event> events = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT * FROM events WHERE account_id = ? AND type = ? ORDER BY occurred_at, id",
                    Statements.params(accountId, type.name()), EVENT, events::add);
            return null;
        });
        return events;
    }
}
