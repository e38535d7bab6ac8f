package io.frontdesk.conversation;

import io.frontdesk.tag.Tag;

import java.time.Instant;
import java.util.List;

/**
 * A conversation with everything its 2.0 object shows. Every dialect renders from this one record.
 *
 * @param threadCount     the number of threads, drafts and hidden ones included
 * @param preview         the start of the latest customer or reply text, or null when there is none
 * @param createdBy       the customer when the first thread was a customer's, otherwise the user who created it
 * @param waitingSince    since when the customer has been waiting for an answer; null when they are not
 * @param latestReplyFrom who wrote the latest customer or reply thread; null when there is none
 * @param customFields    the values of fields the mailbox defines, in the fields' order
 * @param threads         newest first; null unless the caller asked for them (`embed=threads`)
 * @param snooze          the snooze in force, or null
 * @param nextSchedule    the earliest scheduled (send later) thread, or null when none is scheduled
 * @param merged          where the conversation was merged to (it is then deleted), or null
 */
public record Conversation(long id, long accountId, long number, long mailboxId, ConversationType type,
                           ConversationStatus status, ConversationState state, String subject, String preview,
                           int threadCount, boolean imported, PersonRef primaryCustomer, PersonRef assignee,
                           PersonRef createdBy, PersonRef closedBy, Instant closedAt, Instant createdAt,
                           Instant updatedAt, Instant userUpdatedAt, Instant waitingSince, PersonType latestReplyFrom,
                           List<String> cc, List<String> bcc, List<Tag> tags, List<CustomFieldValue> customFields,
                           List<ConversationThread> threads, Snooze snooze, ScheduledEvent nextSchedule,
                           Merged merged) {

    public Conversation {
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        tags = List.copyOf(tags);
        customFields = List.copyOf(customFields);
        threads = threads == null ? null : List.copyOf(threads);
    }

    public Conversation withCustomFields(List<CustomFieldValue> values) {
        return new Conversation(id, accountId, number, mailboxId, type, status, state, subject, preview, threadCount,
                imported, primaryCustomer, assignee, createdBy, closedBy, closedAt, createdAt, updatedAt,
                userUpdatedAt, waitingSince, latestReplyFrom, cc, bcc, tags, values, threads, snooze, nextSchedule, merged);
    }

    public Conversation withThreads(List<ConversationThread> list) {
        return new Conversation(id, accountId, number, mailboxId, type, status, state, subject, preview, threadCount,
                imported, primaryCustomer, assignee, createdBy, closedBy, closedAt, createdAt, updatedAt,
                userUpdatedAt, waitingSince, latestReplyFrom, cc, bcc, tags, customFields, list, snooze, nextSchedule, merged);
    }

    /** What happens next on the clock: the snooze's end or the earliest scheduled thread; null when neither. */
    public ScheduledEvent nextEvent() {
        ScheduledEvent snoozeEnd = snooze == null ? null
                : new ScheduledEvent(snooze.until(), ScheduledEvent.Kind.SNOOZE, snooze.snoozedBy());
        return ScheduledEvent.earliest(snoozeEnd, nextSchedule);
    }
}
