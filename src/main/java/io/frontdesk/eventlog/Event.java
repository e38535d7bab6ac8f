package io.frontdesk.eventlog;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change: the one event record that webhooks, workflows, reports and live updates read. It is written in
 * the transaction of the change it describes, so a change that rolls back records nothing.
 *
 * @param id         increasing per database; receivers order by {@link #occurredAt}, not by id
 * @param subjectId  the customer, conversation or tag the event is about
 * @param mailboxId  the conversation's mailbox for conversation and thread events; null otherwise
 * @param threadId   the thread of a thread event; null otherwise
 * @param actorUserId the user who made the change, null when a customer or the system did
 * @param details    small facts a reader needs and cannot read back later: for example {@code changed} (a comma list
 *                   of the aspects of a customer update), {@code from}/{@code to} of a status, assignee or mailbox
 * @param subject    the subject as the change left it, when the writer holds it whole (a created customer): what
 *                   subscribers render instead of reading it back. Not stored: null on events read from the record,
 *                   and null whenever the writer does not hold it (subscribers then read it, still in the change's
 *                   transaction)
 */
public record Event(long id, long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                    Long actorUserId, Instant occurredAt, Map<String, String> details, Object subject) {

    public Event {
        details = Map.copyOf(details);
    }

    /** An event as the record holds it, without its subject. */
    public Event(long id, long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                 Long actorUserId, Instant occurredAt, Map<String, String> details) {
        this(id, accountId, type, subjectId, mailboxId, threadId, actorUserId, occurredAt, details, null);
    }

    /** The subject when the writer handed it over as a {@code type}. */
    public <T> java.util.Optional<T> subject(Class<T> type) {
        return type.isInstance(subject) ? java.util.Optional.of(type.cast(subject)) : java.util.Optional.empty();
    }
}
