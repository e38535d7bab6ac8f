package io.frontdesk.workflow;

import io.frontdesk.conversation.ConversationStatus;

import java.util.List;

/** One change a workflow makes to a conversation, made through the conversation's own services. */
public sealed interface WorkflowAction {

    record SetStatus(ConversationStatus status) implements WorkflowAction {
    }

    /** {@code userId} null unassigns. */
    record Assign(Long userId) implements WorkflowAction {
    }

    record AddTags(List<String> tags) implements WorkflowAction {
        public AddTags {
            tags = List.copyOf(tags);
        }
    }

    record RemoveTags(List<String> tags) implements WorkflowAction {
        public RemoveTags {
            tags = List.copyOf(tags);
        }
    }

    record Move(long mailboxId) implements WorkflowAction {
    }

    /** An internal note with this text. */
    record AddNote(String text) implements WorkflowAction {
    }

    /** Sets one custom field; an empty value removes it. */
    record SetField(long fieldId, String value) implements WorkflowAction {
    }

    /** A reply to the primary customer with the saved reply's text (sent like any reply). */
    record ApplySavedReply(long savedReplyId) implements WorkflowAction {
    }
}
