package io.frontdesk.report;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The part of {@link ReportRecorder} that writes facts about tags, saved replies and workflows, in the same
 * transaction: a tag put on a conversation ({@link FactKind#TAGGED}), a reply written from a saved reply
 * ({@link FactKind#SAVED_REPLY}) and a workflow's run ({@link FactKind#WORKFLOW}). A tags event says only that the
 * tags changed, so the tags it put on are those the conversation carries after it and did not carry at the recorder's
 * last look.
 */
final class SubjectRecorder {

    private final ReportStore store;

    SubjectRecorder(ReportStore store) {
        this.store = store;
    }

    /** The tags a conversation was created with, put on at its creation. */
    void created(Event event, ConversationHistory h) {
        tags(event, h, h.createdAt());
    }

    /** Tags put on by a later change. */
    void tagsChanged(Event event, ConversationHistory h) {
        tags(event, h, event.occurredAt());
    }

    /** A published reply: a fact when it was written from a saved reply. */
    void reply(Event event, ConversationHistory h, long threadId, Long userId, Instant at) {
        store.savedReplyOf(threadId).ifPresent(savedReply -> store.insert(event.accountId(), new SubjectFact(
                fact(event, h, FactKind.SAVED_REPLY, userId, threadId, at), savedReply)));
    }

    /** A workflow's run; an event without its workflow (none is written so) writes nothing. */
    void workflowRan(Event event, ConversationHistory h) {
        String workflow = event.details().get(EventDetails.WORKFLOW_ID);
        if (workflow != null) {
            store.insert(event.accountId(), new SubjectFact(fact(event, h, FactKind.WORKFLOW, event.actorUserId(),
                    null, event.occurredAt()), Long.parseLong(workflow)));
        }
    }

    private void tags(Event event, ConversationHistory h, Instant at) {
        Set<Long> now = store.tagsNow(h.conversationId());
        Set<Long> seen = store.tagsSeen(h.conversationId());
        if (now.equals(seen)) {
            return;
        }
        Set<Long> added = new LinkedHashSet<>(now);
        added.removeAll(seen);
        for (long tag : added) {
            store.insert(event.accountId(), new SubjectFact(fact(event, h, FactKind.TAGGED, event.actorUserId(), null,
                    at), tag));
        }
        store.saveTagsSeen(h.conversationId(), h.accountId(), now);
    }

    private static ReportFact fact(Event event, ConversationHistory h, FactKind kind, Long user, Long thread,
                                   Instant at) {
        return new ReportFact(kind, h.conversationId(), h.number(), event.mailboxId(),
                event.details().getOrDefault(EventDetails.CONVERSATION_TYPE, "email"), h.customerId(), user, thread,
                at, null, null, false, null, null, h.status(), h.assigneeId());
    }
}
