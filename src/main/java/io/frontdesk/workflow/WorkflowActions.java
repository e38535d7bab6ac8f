package io.frontdesk.workflow;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationChange;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.CustomFieldValue;
import io.frontdesk.conversation.FieldInput;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.core.Change;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.savedreply.SavedReplyService;
import io.frontdesk.tag.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a workflow's actions to one conversation through the conversation and saved-reply services, exactly as a
 * user's requests would: each change records its own event (and so fires its webhooks). An action that would change
 * nothing is left out, so it records nothing. Each action runs in a savepoint: one the core refuses (the conversation is
 * locked or full, a target went between the run's check and the action) is undone whole and skipped with a warning;
 * the others still apply.
 *
 * <p>While actions run, {@link #running()} is true on this thread: {@link WorkflowTriggers} starts no automatic
 * workflow on the events they record, so workflows never trigger workflows and cannot loop.
 */
final class WorkflowActions {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowActions.class);
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private final ConversationService conversations;
    private final SavedReplyService savedReplies;
    private final Transactions tx;

    WorkflowActions(ConversationService conversations, SavedReplyService savedReplies, Transactions tx) {
        this.conversations = conversations;
        this.savedReplies = savedReplies;
        this.tx = tx;
    }

    static boolean running() {
        return RUNNING.get() != null;
    }

    void apply(Workflow workflow, long conversationId, long actor) {
        Boolean outer = RUNNING.get();
        RUNNING.set(Boolean.TRUE);
        try {
            for (int i = 0; i < workflow.definition().actions().size(); i++) {
                WorkflowAction action = workflow.definition().actions().get(i);
                try {
                    // a savepoint: a refused action leaves none of its writes, and on PostgreSQL a failed statement
                    // does not abort the run's transaction
                    tx.inSavepoint(() -> {
                        apply(action, conversations.get(workflow.accountId(), conversationId, false), actor);
                        return null;
                    });
                } catch (ApiException e) {
                    LOG.warn("workflow {} on conversation {}: action {} ({}) skipped: {}", workflow.id(),
                            conversationId, i + 1, action.getClass().getSimpleName(), e.getMessage());
                }
            }
        } finally {
            if (outer == null) {
                RUNNING.remove();
            }
        }
    }

    private void apply(WorkflowAction action, Conversation conversation, long actor) {
        long accountId = conversation.accountId();
        long id = conversation.id();
        if (action instanceof WorkflowAction.SetStatus status) {
            if (conversation.status() != status.status()) {
                conversations.update(accountId, actor, id, List.of(new ConversationChange.Status(status.status())));
            }
        } else if (action instanceof WorkflowAction.Assign assign) {
            Long current = conversation.assignee() == null ? null : conversation.assignee().id();
            if (!Objects.equals(current, assign.userId())) {
                conversations.update(accountId, actor, id, List.of(new ConversationChange.Assign(assign.userId())));
            }
        } else if (action instanceof WorkflowAction.Move move) {
            if (conversation.mailboxId() != move.mailboxId()) {
                conversations.update(accountId, actor, id, List.of(new ConversationChange.Move(move.mailboxId())));
            }
        } else if (action instanceof WorkflowAction.AddTags add) {
            List<String> names = tagNames(conversation);
            Set<String> have = lower(names);
            add.tags().stream().filter(tag -> !have.contains(tag.toLowerCase(Locale.ROOT))).forEach(names::add);
            if (names.size() != conversation.tags().size()) {
                conversations.replaceTags(accountId, actor, id, names);
            }
        } else if (action instanceof WorkflowAction.RemoveTags remove) {
            Set<String> gone = lower(remove.tags());
            List<String> names = tagNames(conversation);
            names.removeIf(name -> gone.contains(name.toLowerCase(Locale.ROOT)));
            if (names.size() != conversation.tags().size()) {
                conversations.replaceTags(accountId, actor, id, names);
            }
        } else if (action instanceof WorkflowAction.AddNote note) {
            conversations.addThread(accountId, actor, id, thread(ThreadType.NOTE, note.text(), null));
        } else if (action instanceof WorkflowAction.SetField field) {
            setField(conversation, field, actor);
        } else if (action instanceof WorkflowAction.ApplySavedReply reply) {
            savedReplies.addThread(accountId, actor, id, thread(ThreadType.REPLY, null, reply.savedReplyId()));
        }
    }

    private void setField(Conversation conversation, WorkflowAction.SetField field, long actor) {
        List<FieldInput> values = new ArrayList<>();
        String before = null;
        for (CustomFieldValue value : conversation.customFields()) {
            if (value.id() == field.fieldId()) {
                before = value.value();
            } else {
                values.add(new FieldInput(value.id(), value.value()));
            }
        }
        String after = field.value() == null || field.value().isBlank() ? null : field.value();
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null) {
            values.add(new FieldInput(field.fieldId(), after));
        }
        conversations.replaceFields(conversation.accountId(), actor, conversation.id(), values);
    }

    private static NewThread thread(ThreadType type, String text, Long savedReplyId) {
        return new NewThread(type, text, null, null, false, List.of(), List.of(), null, false, null, Change.keep(),
                List.of(), savedReplyId);
    }

    private static List<String> tagNames(Conversation conversation) {
        return new ArrayList<>(conversation.tags().stream().map(Tag::name).toList());
    }

    private static Set<String> lower(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
