package io.frontdesk.report;

import io.frontdesk.core.Transactions;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * `frontdesk reports rebuild`: re-derives an account's report history by replaying its event record, in order,
 * through the recorder's own code (docs/reports.md, "Rebuilding the history").
 *
 * <p>While it runs the account's recording is paused ({@link RecordingGate}): its new events are left for the replay,
 * which reaches them after the older ones, so a write made meanwhile is counted once, in order. Every step is one
 * transaction and says where it got to, so a rebuild that stopped goes on from there when run again. Event ids are
 * taken at insert, not at commit (PostgreSQL), so the replay never passes its horizon, the last event seen while event
 * writers were held (PostgreSQL: a share lock on {@code events}; SQLite: the write lock every transaction holds); at
 * the horizon it holds them again and either moves the horizon to the events written meanwhile or, when fewer than a
 * batch are left, replays them and resumes recording in that transaction.
 */
public final class ReportRebuild {

    /** Events per replay transaction: small enough that writers wait little for SQLite's lock. */
    public static final int BATCH = 500;
    static final int DELETE_BATCH = 5_000;

    private final RebuildStore store;
    private final EventLog events;
    private final Transactions tx;
    private final Clock clock;
    private final ReportRecorder replay;
    private final RollupFolding folds;
    private final int batch;

    /** @param batch events per replay transaction ({@link #BATCH}) */
    public ReportRebuild(RebuildStore store, ReportStore reports, RollupFolding folds, EventLog events,
                         Transactions tx, Clock clock, int batch) {
        this.batch = batch;
        this.store = store;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.folds = folds;
        // the replay's facts are folded when the rebuild ends and starts the rollups over: no fold job meanwhile
        this.replay = new ReportRecorder(reports, (event, accountId, conversationId) -> store.asCreated(accountId,
                conversationId, event.type() == EventType.CONVERSATION_CREATED ? event.actorUserId() : null),
                accountId -> { });
    }

    /** Rebuilds the account to the end of its record (resuming a rebuild that stopped); answers the events read. */
    public long rebuild(long accountId) {
        begin(accountId);
        long replayed = 0;
        long step;
        while ((step = step(accountId)) >= 0) {
            replayed += step;
        }
        rebuildDerived(accountId);
        return replayed;
    }

    /** Pauses the account's recording, or finds the rebuild that stopped half-way. */
    public RebuildProgress begin(long accountId) {
        return tx.inTransaction(() -> store.progress(accountId).orElseGet(() -> {
            store.holdEventWriters();
            return store.start(accountId, clock.instant());
        }));
    }

    /**
     * One transaction of work: removes a batch of old facts, or replays a batch of events; the last one replays what
     * is left and resumes recording. Answers the events it replayed, or -1 when the rebuild is over.
     */
    public long step(long accountId) {
        return tx.inTransaction(() -> {
            RebuildProgress progress = store.progress(accountId).orElse(null);
            if (progress == null) {
                return -1L;
            }
            switch (progress.phase()) {
                case MARKING -> {
                    store.mark(progress);
                    return 0L;
                }
                case DELETING -> {
                    if (store.deleteFacts(accountId, DELETE_BATCH) < DELETE_BATCH) {
                        store.startReplay(accountId);
                    }
                    return 0L;
                }
                case REPLAYING -> {
                }
            }
            long position = progress.position();
            if (position < progress.horizon()) {
                List<Event> next = events.after(accountId, position, batch).stream()
                        .filter(e -> e.id() <= progress.horizon()).toList();
                if (!next.isEmpty()) {
                    store.advance(accountId, replay(progress, next));
                    return (long) next.size();
                }
                // nothing of the account's between here and the horizon
                store.advance(accountId, progress.horizon());
                return 0L;
            }
            // at the horizon: with event writers held, what is there now is final
            store.holdEventWriters();
            List<Event> rest = events.after(accountId, position, batch);
            if (rest.size() == batch) {
                // more was written meanwhile: replay it without holding writers, up to the new horizon
                store.extendHorizon(accountId, store.lastEvent(accountId));
                return 0L;
            }
            // the end: nothing can be written until this commits, so nothing is left behind when recording resumes
            if (!rest.isEmpty()) {
                replay(progress, rest);
            }
            store.finish(accountId);
            return (long) rest.size();
        });
    }

    /** Replays the events in order; answers the last one's id. */
    private long replay(RebuildProgress progress, List<Event> toReplay) {
        Set<Long> kept = store.kept(progress.accountId(), toReplay.stream()
                .filter(e -> ReportRecorder.RECORDED.contains(e.type())).map(Event::subjectId).distinct().toList());
        for (Event event : toReplay) {
            // a kept conversation's facts already hold its events up to the start; later ones were paused
            if (ReportRecorder.RECORDED.contains(event.type())
                    && !(kept.contains(event.subjectId()) && event.id() <= progress.lastEventId())) {
                replay.onEvent(event);
            }
        }
        return toReplay.get(toReplay.size() - 1).id();
    }

    /** What is derived from the facts, once they are rebuilt: the account's rollups (docs/reports.md, "Speed"). */
    private void rebuildDerived(long accountId) {
        // the rollups still hold the facts the replay replaced: they start over from the rebuilt facts
        folds.rebuild(accountId);
    }
}
