package io.frontdesk.workflow;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of workflows and of their runs; writes join the caller's transaction. */
public interface WorkflowStore {

    /** Inserts the workflow last in its mailbox's order. */
    Workflow insert(long accountId, NewWorkflow workflow, Instant now);

    Optional<Workflow> find(long accountId, long workflowId);

    /** The account's workflows by mailbox, then order. */
    Page<Workflow> page(long accountId, WorkflowFilter filter, PageRequest page);

    /** The mailbox's active automatic workflows in their order: what an event of the mailbox may start. */
    List<Workflow> activeAutomatic(long accountId, long mailboxId);

    void setStatus(long workflowId, WorkflowStatus status, Instant now);

    /** Removes the workflow and its runs; later ones in the mailbox move up one place. */
    void delete(Workflow workflow);

    void recordRun(long accountId, WorkflowRun run);

    /** Whether the workflow ran on the conversation at or after {@code since}. */
    boolean ranSince(long workflowId, long conversationId, Instant since);

    /** The runs on a conversation, oldest first. */
    List<WorkflowRun> runs(long accountId, long conversationId);
}
