package io.frontdesk.workflow;

import java.time.Instant;

/**
 * That a workflow ran on a conversation: by a user's request ({@code trigger} null) or on an event.
 *
 * @param actorUserId who the changes were made as: the user who ran it, or the account's owner for automatic runs
 */
public record WorkflowRun(long workflowId, long conversationId, WorkflowTrigger trigger, Long actorUserId,
                          Instant ranAt) {
}
