package io.frontdesk.eventlog;

import java.time.Instant;
import java.util.List;

/** Persistence of the event record; writes join the caller's transaction. */
public interface EventStore {

    /** Inserts one event row and answers its id; {@code details} is {@link EventDetails#encode}d. */
    long insert(long accountId, EventType type, long subjectId, Long mailboxId, Long threadId, Long actorUserId,
                Instant occurredAt, String details);

    /** The account's events with an id above {@code afterId}, oldest first, at most {@code limit}. */
    List<Event> after(long accountId, long afterId, int limit);

    /** Every event of the account of {@code type}, oldest first; for reports and tests. */
    List<Event> ofType(long accountId, EventType type);
}
