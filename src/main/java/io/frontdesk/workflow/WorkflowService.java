package io.frontdesk.workflow;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.FieldCatalog;
import io.frontdesk.conversation.LineItemKind;
import io.frontdesk.conversation.MergedConversationException;
import io.frontdesk.conversation.ThreadAction;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.savedreply.SavedReplyService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Workflows of an account's mailboxes: created by the command line from a definition, listed, switched on and off,
 * run by hand on chosen conversations (manual ones) or by {@link WorkflowTriggers} on events (automatic ones). Either
 * way their actions go through {@link WorkflowActions}, and each conversation a workflow ran on gets a
 * {@link WorkflowRun}. docs/workflows.md has the rules.
 */
public final class WorkflowService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);

    static final int NAME = 100;
    static final int MAX_ACTIONS = 20;
    /** Help Scout runs a manual workflow on at most 50 conversations a request. */
    public static final int MAX_RUN = 50;

    private final WorkflowStore store;
    private final MailboxService mailboxes;
    private final FieldCatalog fields;
    private final ConversationService conversations;
    private final SavedReplyService savedReplies;
    private final AccountService accounts;
    private final WorkflowActions actions;
    private final Transactions tx;
    private final Clock clock;

    public WorkflowService(WorkflowStore store, MailboxService mailboxes, FieldCatalog fields,
                           ConversationService conversations, SavedReplyService savedReplies, AccountService accounts,
                           Transactions tx, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.fields = fields;
        this.conversations = conversations;
        this.savedReplies = savedReplies;
        this.accounts = accounts;
        this.actions = new WorkflowActions(conversations, savedReplies, tx);
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Creates a workflow last in its mailbox's order. A manual workflow has no triggers and no conditions (the user
     * chooses the conversations); an automatic one names at least one trigger. Every action's user, mailbox, custom
     * field (of the workflow's mailbox) and saved reply (of the workflow's mailbox) must exist.
     */
    public Workflow create(long accountId, NewWorkflow command) {
        mailboxes.get(accountId, command.mailboxId());
        Validation validation = new Validation();
        if (command.name() == null || command.name().isBlank() || command.name().length() > NAME) {
            validation.add(FieldError.of("name", "Size", "must be 1-" + NAME + " characters", command.name()));
        }
        if (command.type() == null) {
            validation.add(FieldError.of("type", "NotNull", "must be manual or automatic"));
        }
        if (command.status() == WorkflowStatus.INVALID) {
            validation.add(FieldError.of("status", "InvalidValue", "must be active or inactive", "invalid"));
        }
        WorkflowDefinition definition = command.definition();
        if (command.type() == WorkflowType.AUTOMATIC && definition.triggers().isEmpty()) {
            validation.add(FieldError.of("on", "NotEmpty", "an automatic workflow names at least one event"));
        }
        if (command.type() == WorkflowType.MANUAL && !definition.triggers().isEmpty()) {
            validation.add(FieldError.of("on", "InvalidValue", "a manual workflow runs on no event"));
        }
        if (command.type() == WorkflowType.MANUAL && !definition.conditions().isEmpty()) {
            validation.add(FieldError.of("conditions", "InvalidValue",
                    "a manual workflow has no conditions: it runs on the conversations it is given"));
        }
        if (definition.actions().isEmpty() || definition.actions().size() > MAX_ACTIONS) {
            validation.add(FieldError.of("actions", "Size", "must hold 1-" + MAX_ACTIONS + " actions"));
        }
        checkTargets(accountId, command.mailboxId(), definition.actions(), validation);
        validation.throwIfAny();
        NewWorkflow stored = new NewWorkflow(command.mailboxId(), command.name().trim(), command.type(),
                command.status() == null ? WorkflowStatus.ACTIVE : command.status(), definition);
        return tx.inTransaction(() -> store.insert(accountId, stored, clock.instant()));
    }

    /** The account's workflows, by mailbox and then order; a {@code mailboxId} filter must name one of its mailboxes. */
    public Page<Workflow> list(long accountId, WorkflowFilter filter, PageRequest page) {
        if (filter.mailboxId() != null) {
            mailboxes.get(accountId, filter.mailboxId());
        }
        return store.page(accountId, filter, page);
    }

    public Workflow get(long accountId, long workflowId) {
        return store.find(accountId, workflowId).orElseThrow(() -> ApiException.notFound("Workflow not found"));
    }

    /** Activates or deactivates; {@code invalid} is the server's to set, never a client's (400). */
    public void setStatus(long accountId, long workflowId, WorkflowStatus status) {
        if (status != WorkflowStatus.ACTIVE && status != WorkflowStatus.INACTIVE) {
            throw ApiException.invalid(FieldError.of("value", "InvalidValue", "must be active or inactive",
                    status == null ? null : status.token()));
        }
        tx.run(() -> {
            Workflow workflow = get(accountId, workflowId);
            if (workflow.status() != status) {
                store.setStatus(workflowId, status, clock.instant());
            }
        });
    }

    public void delete(long accountId, long workflowId) {
        tx.run(() -> store.delete(get(accountId, workflowId)));
    }

    /**
     * Runs a manual workflow on 1-{@value #MAX_RUN} conversations of its mailbox, as {@code callerId}, in one
     * transaction. An automatic or inactive workflow, or an id that is not a live conversation of the workflow's
     * mailbox, is a 400 and nothing runs.
     */
    public void run(long accountId, long callerId, long workflowId, List<Long> conversationIds) {
        Workflow workflow = get(accountId, workflowId);
        if (workflow.type() != WorkflowType.MANUAL) {
            throw ApiException.badRequest("Only manual workflows can be run; this one is automatic");
        }
        if (workflow.status() != WorkflowStatus.ACTIVE) {
            throw ApiException.badRequest("The workflow is " + workflow.status().token() + "; only active workflows "
                    + "can be run");
        }
        List<FieldError> gone = broken(workflow);
        if (!gone.isEmpty()) {
            // the mark is kept although the request is refused: the workflow is broken whoever runs it next
            tx.run(() -> markInvalid(workflow));
            throw ApiException.badRequest("The workflow is invalid: " + gone.get(0).path() + " names "
                    + gone.get(0).message().replace("no such", "a deleted"));
        }
        Validation validation = new Validation();
        if (conversationIds.isEmpty() || conversationIds.size() > MAX_RUN) {
            validation.add(FieldError.of("conversationIds", "Size", "must hold 1-" + MAX_RUN + " ids"));
        }
        validation.throwIfAny();
        for (int i = 0; i < conversationIds.size(); i++) {
            Long id = conversationIds.get(i);
            if (id == null || live(accountId, id).filter(c -> c.mailboxId() == workflow.mailboxId()).isEmpty()) {
                validation.add(FieldError.of("conversationIds[" + i + "]", "InvalidValue",
                        "no conversation of the workflow's mailbox has this id", id));
            }
        }
        validation.throwIfAny();
        tx.run(() -> {
            for (long id : conversationIds.stream().distinct().toList()) {
                actions.apply(workflow, id, callerId);
                conversations.workflowRan(accountId, id, new ThreadAction(LineItemKind.MANUAL_WORKFLOW, workflowId),
                        "You ran the " + workflow.name() + " workflow", callerId);
                store.recordRun(accountId, new WorkflowRun(workflowId, id, null, callerId, clock.instant()));
            }
        });
    }

    /**
     * {@link #run} on one conversation named in a path (Help Scout 1.0): a conversation the account does not have is a
     * 404, as any unknown id in a path, before the workflow's own checks.
     */
    public void runOn(long accountId, long callerId, long workflowId, long conversationId) {
        get(accountId, workflowId);
        if (live(accountId, conversationId).isEmpty()) {
            throw ApiException.notFound("Conversation not found");
        }
        run(accountId, callerId, workflowId, List.of(conversationId));
    }

    /** The workflows that ran on a conversation, oldest first. */
    public List<WorkflowRun> runs(long accountId, long conversationId) {
        return store.runs(accountId, conversationId);
    }

    /**
     * The job {@link WorkflowTriggers} queued: runs the automatic workflow on the conversation if both are still
     * there, the workflow is active, the conversation is still in its mailbox and matches its conditions now, and the
     * workflow has not run on it since the job was queued (that run already saw this change). The changes are made as
     * the account's owner (Frontdesk has no system user). Runs inside the job's transaction.
     */
    public void runQueued(ClaimedJob job) {
        String[] parts = job.payload().split(":");
        long workflowId = Long.parseLong(parts[0]);
        long conversationId = Long.parseLong(parts[1]);
        WorkflowTrigger trigger = WorkflowTrigger.parse(parts[2]).orElse(null);
        long accountId = job.accountId();
        Optional<Workflow> found = store.find(accountId, workflowId)
                .filter(w -> w.status() == WorkflowStatus.ACTIVE && w.type() == WorkflowType.AUTOMATIC);
        Optional<Conversation> conversation = live(accountId, conversationId);
        Optional<User> owner = owner(accountId);
        if (found.isEmpty() || conversation.isEmpty() || owner.isEmpty()) {
            return;
        }
        Workflow workflow = found.get();
        if (!broken(workflow).isEmpty()) {
            markInvalid(workflow);
            return;
        }
        if (conversation.get().mailboxId() != workflow.mailboxId() || !workflow.definition()
                .matches(conversation.get())) {
            return;
        }
        if (parts.length > 3 && store.ranSince(workflowId, conversationId, Instant.ofEpochMilli(
                Long.parseLong(parts[3])))) {
            return;
        }
        actions.apply(workflow, conversationId, owner.get().id());
        conversations.workflowRan(accountId, conversationId, new ThreadAction(LineItemKind.AUTOMATIC_WORKFLOW,
                workflowId), "Workflow " + workflow.name() + " ran", owner.get().id());
        store.recordRun(accountId, new WorkflowRun(workflowId, conversationId, trigger, owner.get().id(),
                clock.instant()));
    }

    /** What the workflow's actions name that is gone now: a user, mailbox, custom field or saved reply. */
    private List<FieldError> broken(Workflow workflow) {
        Validation found = new Validation();
        checkTargets(workflow.accountId(), workflow.mailboxId(), workflow.definition().actions(), found);
        return found.errors();
    }

    /** Help Scout's mark for a workflow that names something gone: it runs no more until it is switched on again. */
    private void markInvalid(Workflow workflow) {
        LOG.warn("workflow {} of account {} names something deleted: marked invalid", workflow.id(),
                workflow.accountId());
        store.setStatus(workflow.id(), WorkflowStatus.INVALID, clock.instant());
    }

    private Optional<Conversation> live(long accountId, long conversationId) {
        try {
            return Optional.of(conversations.get(accountId, conversationId, false))
                    .filter(c -> c.state() != ConversationState.DELETED);
        } catch (ApiException | MergedConversationException e) {
            return Optional.empty();
        }
    }

    private Optional<User> owner(long accountId) {
        List<User> users = accounts.users(accountId);
        return users.stream().filter(u -> u.role() == Role.OWNER).findFirst()
                .or(() -> users.stream().filter(User::isAdmin).findFirst());
    }

    private void checkTargets(long accountId, long mailboxId, List<WorkflowAction> list, Validation validation) {
        for (int i = 0; i < list.size(); i++) {
            WorkflowAction action = list.get(i);
            String at = "actions[" + i + "].";
            if (action instanceof WorkflowAction.Assign assign && assign.userId() != null
                    && accounts.user(accountId, assign.userId()).isEmpty()) {
                validation.add(FieldError.of(at + "userId", "InvalidValue", "no such user", assign.userId()));
            } else if (action instanceof WorkflowAction.Move move && !exists(() -> mailboxes.get(accountId,
                    move.mailboxId()))) {
                validation.add(FieldError.of(at + "mailboxId", "InvalidValue", "no such mailbox", move.mailboxId()));
            } else if (action instanceof WorkflowAction.SetField field && fields.fields(accountId, mailboxId).stream()
                    .map(MailboxField::id).noneMatch(id -> id == field.fieldId())) {
                validation.add(FieldError.of(at + "fieldId", "InvalidValue", "no such custom field in the mailbox",
                        field.fieldId()));
            } else if (action instanceof WorkflowAction.ApplySavedReply reply && !exists(() -> savedReplies.get(
                    accountId, mailboxId, reply.savedReplyId()))) {
                validation.add(FieldError.of(at + "savedReplyId", "InvalidValue", "no such saved reply in the mailbox",
                        reply.savedReplyId()));
            }
        }
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (ApiException e) {
            return false;
        }
    }
}
