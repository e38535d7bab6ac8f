package io.frontdesk.conversation;

import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The events of conversation and thread changes, recorded in the change's transaction after its writes. Every event
 * carries the conversation's mailbox (Help Scout filters subscriptions by it) and type (HelpCrunch names chat and
 * email events apart), so a subscriber can route it without reading the conversation.
 */
final class ConversationEvents {

    private final EventLog events;

    ConversationEvents(EventLog events) {
        this.events = events;
    }

    void created(long accountId, long conversationId, long mailboxId, ConversationType type, PersonType createdBy,
                 Long actor) {
        record(accountId, EventType.CONVERSATION_CREATED, conversationId, mailboxId, type, null, actor,
                Map.of(EventDetails.CREATED_BY, createdBy.token()));
    }

    /** Status, assignee and mailbox changes between the conversation as read and the row as written. */
    void changed(Conversation before, ConversationRow after, Long actor) {
        long accountId = before.accountId();
        if (before.status() != after.status()) {
            record(accountId, EventType.CONVERSATION_STATUS, before.id(), after.mailboxId(), after.type(), null, actor,
                    fromTo(before.status().token(), after.status().token()));
        }
        Long assigneeBefore = before.assignee() == null ? null : before.assignee().id();
        if (!Objects.equals(assigneeBefore, after.assigneeId())) {
            record(accountId, EventType.CONVERSATION_ASSIGNED, before.id(), after.mailboxId(), after.type(), null,
                    actor, fromTo(text(assigneeBefore), text(after.assigneeId())));
        }
        if (before.mailboxId() != after.mailboxId()) {
            record(accountId, EventType.CONVERSATION_MOVED, before.id(), after.mailboxId(), after.type(), null, actor,
                    fromTo(Long.toString(before.mailboxId()), Long.toString(after.mailboxId())));
        }
    }

    void of(EventType type, Conversation conversation, Long actor) {
        record(conversation.accountId(), type, conversation.id(), conversation.mailboxId(), conversation.type(), null,
                actor, Map.of());
    }

    /** A snooze set until {@code until}. */
    void snoozed(Conversation conversation, Instant until, Long actor) {
        record(conversation.accountId(), EventType.CONVERSATION_SNOOZED, conversation.id(),
                conversation.mailboxId(), conversation.type(), null, actor,
                Map.of(EventDetails.TO, Long.toString(until.toEpochMilli())));
    }

    /** A snooze ended; {@code actor} null when its time came. */
    void unsnoozed(Conversation conversation, Long actor) {
        record(conversation.accountId(), EventType.CONVERSATION_UNSNOOZED, conversation.id(),
                conversation.mailboxId(), conversation.type(), null, actor, Map.of());
    }

    /** The survivor of a merge, naming the conversation folded into it. */
    void merged(Conversation survivor, long mergedFrom, Long actor) {
        record(survivor.accountId(), EventType.CONVERSATION_MERGED, survivor.id(), survivor.mailboxId(),
                survivor.type(), null, actor, Map.of(EventDetails.MERGED_FROM, Long.toString(mergedFrom)));
    }

    /** A workflow's run on the conversation, after what its actions changed. */
    void workflowRan(Conversation conversation, long workflowId, Long actor) {
        record(conversation.accountId(), EventType.CONVERSATION_WORKFLOW, conversation.id(),
                conversation.mailboxId(), conversation.type(), null, actor,
                Map.of(EventDetails.WORKFLOW_ID, Long.toString(workflowId)));
    }

    /** A thread event for a published customer thread, reply or note; drafts record nothing until published. */
    void thread(Conversation conversation, long threadId, ThreadType threadType, ThreadState state, Long actor) {
        thread(conversation, threadId, threadType, state, false, false, actor);
    }

    /**
     * @param firstCustomerThread the first customer thread of a conversation a user started
     * @param openedChat          the first agent reply of an active chat
     */
    void thread(Conversation conversation, long threadId, ThreadType threadType, ThreadState state,
                boolean firstCustomerThread, boolean openedChat, Long actor) {
        EventType type = threadEvent(threadType, state);
        if (type != null) {
            Map<String, String> details = new HashMap<>();
            if (firstCustomerThread) {
                details.put(EventDetails.FIRST_CUSTOMER_THREAD, "true");
            }
            if (openedChat) {
                details.put(EventDetails.OPENED_CHAT, "true");
            }
            record(conversation.accountId(), type, conversation.id(), conversation.mailboxId(), conversation.type(),
                    threadId, actor, details);
        }
    }

    /** A draft's event when it is published, in {@code mailboxId} (the request that publishes it may move it). */
    void published(Conversation conversation, long mailboxId, long threadId, ThreadType threadType, Long actor) {
        EventType type = threadEvent(threadType, ThreadState.PUBLISHED);
        if (type != null) {
            record(conversation.accountId(), type, conversation.id(), mailboxId, conversation.type(), threadId, actor,
                    Map.of());
        }
    }

    static EventType threadEvent(ThreadType type, ThreadState state) {
        if (state == ThreadState.DRAFT) {
            return null;
        }
        return switch (type) {
            case CUSTOMER, CHAT, PHONE -> EventType.THREAD_CUSTOMER_CREATED;
            case REPLY -> EventType.THREAD_REPLY_CREATED;
            case NOTE -> EventType.THREAD_NOTE_CREATED;
            // a line item records what other events already did; no webhook names it (docs/events.md)
            case LINEITEM -> null;
        };
    }

    private void record(long accountId, EventType type, long conversationId, long mailboxId,
                        ConversationType conversationType, Long threadId, Long actor, Map<String, String> details) {
        Map<String, String> all = new HashMap<>(details);
        all.put(EventDetails.CONVERSATION_TYPE, conversationType.token());
        events.record(accountId, type, conversationId, mailboxId, threadId, actor, all);
    }

    private static Map<String, String> fromTo(String from, String to) {
        return Map.of(EventDetails.FROM, from, EventDetails.TO, to);
    }

    private static String text(Long id) {
        return id == null ? "" : Long.toString(id);
    }
}
