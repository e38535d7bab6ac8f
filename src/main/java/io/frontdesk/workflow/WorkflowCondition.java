package io.frontdesk.workflow;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;

import java.util.Locale;
import java.util.Set;

/** One test an automatic workflow makes of a conversation, as it is when the workflow runs. */
public sealed interface WorkflowCondition {

    boolean matches(Conversation conversation);

    /** The status is one of these. */
    record StatusIn(Set<ConversationStatus> statuses) implements WorkflowCondition {
        public StatusIn {
            statuses = Set.copyOf(statuses);
        }

        @Override
        public boolean matches(Conversation conversation) {
            return statuses.contains(conversation.status());
        }
    }

    /** A tag of this name (case-insensitive). */
    record HasTag(String tag) implements WorkflowCondition {
        @Override
        public boolean matches(Conversation conversation) {
            return conversation.tags().stream().anyMatch(t -> t.name().equalsIgnoreCase(tag));
        }
    }

    /** No tag of this name (case-insensitive). */
    record LacksTag(String tag) implements WorkflowCondition {
        @Override
        public boolean matches(Conversation conversation) {
            return conversation.tags().stream().noneMatch(t -> t.name().equalsIgnoreCase(tag));
        }
    }

    /** The subject contains this text, case-insensitively. */
    record SubjectContains(String text) implements WorkflowCondition {
        @Override
        public boolean matches(Conversation conversation) {
            return conversation.subject() != null && conversation.subject().toLowerCase(Locale.ROOT)
                    .contains(text.toLowerCase(Locale.ROOT));
        }
    }

    /** Assigned to this user; {@code userId} null means unassigned. */
    record AssignedTo(Long userId) implements WorkflowCondition {
        @Override
        public boolean matches(Conversation conversation) {
            if (userId == null) {
                return conversation.assignee() == null;
            }
            return conversation.assignee() != null && conversation.assignee().id() == userId;
        }
    }

    /** An email, chat or phone conversation. */
    record TypeIs(ConversationType type) implements WorkflowCondition {
        @Override
        public boolean matches(Conversation conversation) {
            return conversation.type() == type;
        }
    }
}
