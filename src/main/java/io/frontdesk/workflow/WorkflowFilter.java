package io.frontdesk.workflow;

/** The list's filters; null means any. */
public record WorkflowFilter(Long mailboxId, WorkflowType type) {

    public static final WorkflowFilter ALL = new WorkflowFilter(null, null);
}
