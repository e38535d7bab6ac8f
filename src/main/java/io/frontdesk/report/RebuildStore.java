package io.frontdesk.report;

import io.frontdesk.eventlog.Event;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Persistence of `reports rebuild` (docs/reports.md, "Rebuilding the history"): the account's paused recording, what
 * the replay must know ahead of an event, and the removal of the facts it re-derives. Writes join the caller's
 * transaction.
 */
public interface RebuildStore {

    /** Whether the account's recording is paused for a rebuild; read in the transaction of every recorded event. */
    boolean rebuilding(long accountId);

    /** While paused: keeps what a later replay of the event must know (its thread, a first status change). */
    void note(Event event);

    Optional<RebuildProgress> progress(long accountId);

    /**
     * Makes every event written so far final before the next statement (PostgreSQL: waits for the transactions that
     * wrote events and holds new ones until this transaction ends; SQLite's write lock already does).
     */
    void holdEventWriters();

    /**
     * Pauses the account's recording from its last event now (phase marking). Call after {@link #holdEventWriters}:
     * one quick insert, while writers wait.
     */
    RebuildProgress start(long accountId, Instant now);

    /**
     * Marks, for the events up to the start, the threads with an event of their own and each conversation's first
     * status change (the paused recorder notes the later ones), and the conversations whose facts are kept; then
     * phase deleting.
     */
    void mark(RebuildProgress progress);

    /** Removes up to {@code limit} of the facts the rebuild re-derives; answers how many. */
    int deleteFacts(long accountId, int limit);

    /** Removes the running state of the conversations it re-derives; then phase replaying, from the first event. */
    void startReplay(long accountId);

    void advance(long accountId, long position);

    /** The account's last event now; call after {@link #holdEventWriters}, so it is final. */
    long lastEvent(long accountId);

    void extendHorizon(long accountId, long horizon);

    /** Among these conversations, those whose facts are kept as they are. */
    Set<Long> kept(long accountId, Collection<Long> conversationIds);

    /**
     * The conversation as its creation wrote it, read today: its published threads that have no event of their own,
     * its status before its first status change (else now). When that status was closed and has changed since, the
     * close is dated at the creation and made by {@code creator}.
     */
    Optional<RecordedConversation> asCreated(long accountId, long conversationId, Long creator);

    /** Resumes the account's recording and forgets the rebuild's marks. */
    void finish(long accountId);
}
