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
 */
public record Event(long id, long accountId, EventType type, long subjectId, Long mailboxId, Long threadId,
                    Long actorUserId, Instant occurredAt, Map<String, String> details) {

    public Event {
        details = Map.copyOf(details);
    }
}
