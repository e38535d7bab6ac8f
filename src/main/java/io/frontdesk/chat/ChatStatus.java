package io.frontdesk.chat;

import io.frontdesk.conversation.ConversationStatus;

/**
 * A chat's status as HelpCrunch shows it, over the core conversation status (docs/chat-mapping.md): EMPTY, NEW and
 * OPENED are an active conversation told apart by its messages; ON_HOLD refines pending and NO_COMMUNICATION closed.
 */
public enum ChatStatus {
    NEW, OPENED, PENDING, ON_HOLD, CLOSED, NO_COMMUNICATION, EMPTY;

    /** The core status this one is stored as. */
    public ConversationStatus core() {
        return switch (this) {
            case NEW, OPENED, EMPTY -> ConversationStatus.ACTIVE;
            case PENDING, ON_HOLD -> ConversationStatus.PENDING;
            case CLOSED, NO_COMMUNICATION -> ConversationStatus.CLOSED;
        };
    }

    /** The stored refinement of the core status ({@code chat_details.status_detail}), null for none. */
    public String detail() {
        return switch (this) {
            case ON_HOLD -> "on_hold";
            case NO_COMMUNICATION -> "no_communication";
            default -> null;
        };
    }
}
