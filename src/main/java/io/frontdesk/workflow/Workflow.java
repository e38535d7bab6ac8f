package io.frontdesk.workflow;

import java.time.Instant;

/**
 * A workflow of a mailbox. {@code order} is its position in the mailbox's list (1 first), which is also the order in
 * which automatic workflows run on one event.
 */
public record Workflow(long id, long accountId, long mailboxId, WorkflowType type, WorkflowStatus status, int order,
                       String name, Instant createdAt, Instant modifiedAt, WorkflowDefinition definition) {
}
