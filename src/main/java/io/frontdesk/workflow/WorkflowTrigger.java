package io.frontdesk.workflow;

import io.frontdesk.eventlog.EventType;

import java.util.Optional;

/** The core events an automatic workflow can run on, by the names its definition uses. */
public enum WorkflowTrigger {
    CONVERSATION_CREATED("conversation.created", EventType.CONVERSATION_CREATED),
    CUSTOMER_REPLIED("customer.replied", EventType.THREAD_CUSTOMER_CREATED),
    USER_REPLIED("user.replied", EventType.THREAD_REPLY_CREATED),
    NOTE_ADDED("note.added", EventType.THREAD_NOTE_CREATED),
    STATUS_CHANGED("status.changed", EventType.CONVERSATION_STATUS),
    ASSIGNED("assigned", EventType.CONVERSATION_ASSIGNED),
    MOVED("moved", EventType.CONVERSATION_MOVED),
    TAGS_CHANGED("tags.changed", EventType.CONVERSATION_TAGS),
    FIELDS_CHANGED("fields.changed", EventType.CONVERSATION_CUSTOM_FIELDS);

    private final String token;
    private final EventType event;

    WorkflowTrigger(String token, EventType event) {
        this.token = token;
        this.event = event;
    }

    public String token() {
        return token;
    }

    public static Optional<WorkflowTrigger> parse(String text) {
        for (WorkflowTrigger trigger : values()) {
            if (trigger.token.equals(text)) {
                return Optional.of(trigger);
            }
        }
        return Optional.empty();
    }

    public static Optional<WorkflowTrigger> of(EventType type) {
        for (WorkflowTrigger trigger : values()) {
            if (trigger.event == type) {
                return Optional.of(trigger);
            }
        }
        return Optional.empty();
    }
}
