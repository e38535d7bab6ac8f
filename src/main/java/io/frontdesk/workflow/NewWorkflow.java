package io.frontdesk.workflow;

/** A workflow to create (the command line reads it from a JSON definition). */
public record NewWorkflow(long mailboxId, String name, WorkflowType type, WorkflowStatus status,
                          WorkflowDefinition definition) {
}
