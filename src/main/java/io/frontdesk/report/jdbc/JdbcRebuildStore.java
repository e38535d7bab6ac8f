package io.frontdesk.report.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Statements;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.report.RebuildProgress;
import io.frontdesk.report.RebuildProgress.Phase;
import io.frontdesk.report.RebuildStore;
import io.frontdesk.report.RecordedConversation;
import io.frontdesk.report.RecordedThread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RebuildStore} on SQLite and PostgreSQL alike (migration V46). Marks: {@code thread} (a thread with an event of
 * its own), {@code status} (a conversation's first status change, by event id), {@code kept} (a conversation whose
 * facts stay: gone with its customer, or in a merge, since its threads are no longer where its events say).
 */
public final class JdbcRebuildStore implements RebuildStore {

    private static final String THREAD_EVENTS = "('THREAD_CUSTOMER_CREATED', 'THREAD_REPLY_CREATED', "
            + "'THREAD_NOTE_CREATED')";

    /** The facts a rebuild removes: not a kept conversation's, and no tag put on that the recorder saw live. */
    private static final String REDERIVED = """
            account_id = ?
            AND conversation_id NOT IN (SELECT id FROM report_rebuild_marks WHERE account_id = ? AND kind = 'kept')
            AND NOT (kind = 'TAGGED' AND conversation_id IN
                     (SELECT conversation_id FROM report_conversation_tags WHERE account_id = ?))""";

    private final Database db;

    public JdbcRebuildStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean rebuilding(long accountId) {
        return db.withStatements(s -> s.first("SELECT 1 FROM report_rebuilds WHERE account_id = ?",
                Statements.params(accountId), (rs, ctx) -> true)).isPresent();
    }

    @Override
    public void note(Event event) {
        switch (event.type()) {
            case THREAD_CUSTOMER_CREATED, THREAD_REPLY_CREATED -> {
                if (event.threadId() != null) {
                    mark(event.accountId(), "thread", event.threadId(), null);
                }
            }
            case CONVERSATION_STATUS -> mark(event.accountId(), "status", event.subjectId(), event.id());
            default -> {
            }
        }
    }

    private void mark(long accountId, String kind, long id, Long eventId) {
        // the first one wins: a conversation's first status change is what says its status at creation
        db.withStatements(s -> s.update("INSERT INTO report_rebuild_marks (account_id, kind, id, event_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, kind, id) DO NOTHING",
                Statements.params(accountId, kind, id, eventId)));
    }

    @Override
    public Optional<RebuildProgress> progress(long accountId) {
        return db.withStatements(s -> s.first("SELECT last_event_id, phase, position, horizon FROM report_rebuilds"
                + " WHERE account_id = ?", Statements.params(accountId), (rs, ctx) -> new RebuildProgress(accountId,
                rs.getLong("last_event_id"), Phase.valueOf(rs.getString("phase")), rs.getLong("position"),
                rs.getLong("horizon"))));
    }

    @Override
    public void holdEventWriters() {
        if (db.vendor() == DbVendor.POSTGRESQL) {
            // SHARE conflicts with the ROW EXCLUSIVE every event insert takes: it waits for them to commit and holds
            // new ones until this transaction ends, so ids up to the last one read are all there is
            db.withStatements(s -> s.update("LOCK TABLE events IN SHARE MODE", List.of()));
        }
    }

    @Override
    public RebuildProgress start(long accountId, Instant now) {
        return db.withStatements(s -> {
            long last = lastEvent(accountId);
            s.update("INSERT INTO report_rebuilds (account_id, started_at, last_event_id, phase, position, horizon)"
                    + " VALUES (?, ?, ?, ?, 0, ?)", Statements.params(accountId, now.toEpochMilli(), last,
                    Phase.MARKING.name(), last));
            return new RebuildProgress(accountId, last, Phase.MARKING, 0, last);
        });
    }

    @Override
    public void mark(RebuildProgress progress) {
        long accountId = progress.accountId();
        db.withStatements(s -> {
            // up to the start only: the paused recorder notes the later ones, and a first status change it noted is
            // later than any found here, which then replaces it
            s.update("INSERT INTO report_rebuild_marks (account_id, kind, id, event_id)"
                    + " SELECT account_id, 'thread', thread_id, MIN(id) FROM events WHERE account_id = ? AND id <= ?"
                    + " AND thread_id IS NOT NULL AND type IN " + THREAD_EVENTS + " GROUP BY account_id, thread_id"
                    + " ON CONFLICT (account_id, kind, id) DO NOTHING",
                    Statements.params(accountId, progress.lastEventId()));
            s.update("INSERT INTO report_rebuild_marks (account_id, kind, id, event_id)"
                    + " SELECT account_id, 'status', subject_id, MIN(id) FROM events WHERE account_id = ? AND id <= ?"
                    + " AND type = 'CONVERSATION_STATUS' GROUP BY account_id, subject_id"
                    + " ON CONFLICT (account_id, kind, id) DO UPDATE SET event_id = EXCLUDED.event_id",
                    Statements.params(accountId, progress.lastEventId()));
            // conversations with history (running state) that are gone with their customer or in a merge: the record
            // cannot redo them, their threads are no longer where their events say
            s.update("""
                    INSERT INTO report_rebuild_marks (account_id, kind, id, event_id)
                    SELECT r.account_id, 'kept', r.conversation_id, NULL FROM report_conversations r
                    WHERE r.account_id = ? AND (
                        NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = r.conversation_id)
                        OR EXISTS (SELECT 1 FROM conversations c WHERE c.id = r.conversation_id
                                   AND c.merged_into IS NOT NULL)
                        OR EXISTS (SELECT 1 FROM conversations c WHERE c.account_id = r.account_id
                                   AND c.merged_into = r.conversation_id))""", Statements.params(accountId));
            return s.update("UPDATE report_rebuilds SET phase = ? WHERE account_id = ?",
                    Statements.params(Phase.DELETING.name(), accountId));
        });
    }

    @Override
    public int deleteFacts(long accountId, int limit) {
        return db.withStatements(s -> s.update("DELETE FROM report_facts WHERE id IN (SELECT id FROM report_facts"
                + " WHERE " + REDERIVED + " LIMIT ?)", Statements.params(accountId, accountId, accountId, limit)));
    }

    @Override
    public void startReplay(long accountId) {
        db.withStatements(s -> {
            s.update("DELETE FROM report_conversations WHERE account_id = ? AND conversation_id NOT IN"
                    + " (SELECT id FROM report_rebuild_marks WHERE account_id = ? AND kind = 'kept')",
                    Statements.params(accountId, accountId));
            return s.update("UPDATE report_rebuilds SET phase = ?, position = 0 WHERE account_id = ?",
                    Statements.params(Phase.REPLAYING.name(), accountId));
        });
    }

    @Override
    public void advance(long accountId, long position) {
        db.withStatements(s -> s.update("UPDATE report_rebuilds SET position = ? WHERE account_id = ?",
                Statements.params(position, accountId)));
    }

    @Override
    public long lastEvent(long accountId) {
        return db.withStatements(s -> s.returningLong("SELECT COALESCE(MAX(id), 0) FROM events WHERE account_id = ?",
                Statements.params(accountId)));
    }

    @Override
    public void extendHorizon(long accountId, long horizon) {
        db.withStatements(s -> s.update("UPDATE report_rebuilds SET horizon = ? WHERE account_id = ?",
                Statements.params(horizon, accountId)));
    }

    @Override
    public Set<Long> kept(long accountId, Collection<Long> conversationIds) {
        Set<Long> kept = new HashSet<>();
        if (conversationIds.isEmpty()) {
            return kept;
        }
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        params.addAll(conversationIds);
        db.withStatements(s -> {
            s.forEach("SELECT id FROM report_rebuild_marks WHERE account_id = ? AND kind = 'kept' AND id IN ("
                    + Statements.placeholders(conversationIds.size()) + ")", params, (rs, ctx) -> rs.getLong("id"),
                    kept::add);
            return null;
        });
        return kept;
    }

    @Override
    public Optional<RecordedConversation> asCreated(long accountId, long conversationId, Long creator) {
        return db.withStatements(s -> {
            List<RecordedThread> threads = new ArrayList<>();
            // line items are no messages (and none is written at creation); a thread with an event of its own came
            // later (or was a draft then)
            s.forEach("SELECT " + JdbcReportStore.THREAD_COLUMNS + " FROM threads t WHERE conversation_id = ?"
                    + " AND state = 'published' AND type <> 'lineitem' AND NOT EXISTS (SELECT 1 FROM"
                    + " report_rebuild_marks m WHERE m.account_id = ? AND m.kind = 'thread' AND m.id = t.id)"
                    + " ORDER BY created_at, id", Statements.params(conversationId, accountId), JdbcReportStore.THREAD,
                    threads::add);
            Optional<String> before = s.first("SELECT e.details FROM report_rebuild_marks m JOIN events e"
                    + " ON e.id = m.event_id WHERE m.account_id = ? AND m.kind = 'status' AND m.id = ?",
                    Statements.params(accountId, conversationId), (rs, ctx) -> EventDetails.decode(
                            rs.getString("details")).getOrDefault(EventDetails.FROM, ""));
            return s.first(JdbcReportStore.CONVERSATION, Statements.params(conversationId, accountId),
                    JdbcReportStore.recorded(threads)).map(c -> before.map(status -> asCreated(c, status, creator))
                    .orElse(c));
        });
    }

    /** The conversation with the status it had before its first status change. */
    private static RecordedConversation asCreated(RecordedConversation c, String status, Long creator) {
        boolean closed = "closed".equals(status);
        return new RecordedConversation(c.id(), c.accountId(), c.number(), c.customerId(), status,
                c.createdAt(), closed ? c.createdAt() : null, closed ? creator : null, c.assigneeId(), c.threads());
    }

    @Override
    public void finish(long accountId) {
        db.withStatements(s -> {
            s.update("DELETE FROM report_rebuild_marks WHERE account_id = ?", Statements.params(accountId));
            return s.update("DELETE FROM report_rebuilds WHERE account_id = ?", Statements.params(accountId));
        });
    }
}
