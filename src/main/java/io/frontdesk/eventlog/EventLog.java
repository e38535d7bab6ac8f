package io.frontdesk.eventlog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records the core's changes as {@link Event}s. Services call {@link #record} inside the transaction of the change,
 * after its writes, so a subscriber reading the resource sees its new state and a change that rolls back leaves no
 * event (and none of what subscribers wrote). One INSERT per event: it is on every write path.
 *
 * <p>Subscribers are added by the composition root before the first request ({@link #subscribe}) and then called
 * synchronously, in the order added, for every event.
 */
public final class EventLog {

    private final EventStore store;
    private final Clock clock;
    /** Replaced whole on {@link #subscribe}, read without a lock on every event. */
    private volatile List<EventSubscriber> subscribers = List.of();

    public EventLog(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds a subscriber; meant for the composition root, before requests arrive. */
    public synchronized void subscribe(EventSubscriber subscriber) {
        List<EventSubscriber> next = new ArrayList<>(subscribers);
        next.add(subscriber);
        subscribers = List.copyOf(next);
    }

    /**
     * Writes the event and hands it to every subscriber, in the caller's transaction.
     *
     * @param mailboxId   set for conversation and thread events
     * @param threadId    set for thread events
     * @param actorUserId the calling user; null for a customer's own action or the system
     */
    public Event record(long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                        Long actorUserId, Map<String, String> details) {
        return record(accountId, type, subjectId, mailboxId, threadId, actorUserId, details, null);
    }

    private Event record(long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                         Long actorUserId, Map<String, String> details, Object subject) {
        Instant now = clock.instant();
        long id = store.insert(accountId, type, subjectId, mailboxId, threadId, actorUserId, now,
                EventDetails.encode(details));
        Event event = new Event(id, accountId, type, subjectId, mailboxId, threadId, actorUserId, now, details,
                subject);
        for (EventSubscriber subscriber : subscribers) {
            subscriber.onEvent(event);
        }
        return event;
    }

    /** A customer or tag event: no mailbox, no thread. */
    public Event record(long accountId, EventType type, long subjectId, Long actorUserId, Map<String, String> details) {
        return record(accountId, type, subjectId, null, null, actorUserId, details, null);
    }

    /**
     * A customer or tag event whose writer holds the subject whole as the change left it ({@link Event#subject}):
     * subscribers render it rather than read it back inside the change's transaction.
     */
    public Event record(long accountId, EventType type, long subjectId, Long actorUserId, Map<String, String> details,
                        Object subject) {
        return record(accountId, type, subjectId, null, null, actorUserId, details, subject);
    }

    /** The account's events after {@code afterId}, oldest first. */
    public List<Event> after(long accountId, long afterId, int limit) {
        return store.after(accountId, afterId, limit);
    }
}
