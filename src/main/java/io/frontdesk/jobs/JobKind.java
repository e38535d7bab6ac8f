package io.frontdesk.jobs;

/**
 * The kinds of background job. The name is what the jobs table stores, so a name never changes once released; a node
 * claims only the kinds it has a handler for, so during a rolling upgrade an older node leaves a newer kind alone.
 */
public enum JobKind {

    /** Removes a customer that `DELETE /v2/customers/{id}?async=true` marked deleted. Payload: the customer id. */
    CUSTOMER_DELETE("customer.delete"),

    /**
     * Ends a conversation's snooze when its time comes. Payload: {@code conversationId:snoozedUntilMillis}; a job
     * whose time no longer matches the conversation's snooze (changed or removed since) does nothing.
     */
    CONVERSATION_WAKE("conversation.wake"),

    /**
     * Publishes a scheduled draft thread when its time comes. Payload: {@code threadId:scheduledForMillis}, checked
     * against the thread's schedule as for {@link #CONVERSATION_WAKE}.
     */
    THREAD_SEND("thread.send"),

    /**
     * Runs an automatic workflow on a conversation after the change that triggered it committed. Payload:
     * {@code workflowId:conversationId:trigger:queuedAtMillis}; a workflow switched off or deleted since, a
     * conversation gone or no longer matching, or a run of the workflow on it since the job was queued, does nothing.
     */
    WORKFLOW_RUN("workflow.run"),

    /**
     * Reassigns an away user's open conversations once the user's reassignment delay has passed (Help Scout's §2.6).
     * Payload: {@code userId:awaySinceMillis}; a user back to active, set away again since, deleted, or whose
     * reassignment was switched off, is left alone.
     */
    USER_AWAY_REASSIGN("user.away.reassign"),

    /**
     * Deletes a file uploaded ahead of its thread (Help Scout 1.0's `POST /v1/attachments.json`) that no thread named
     * within {@code Uploads.LIFETIME}. Payload: the upload's row id; an upload attached since is gone already, and the
     * job does nothing.
     */
    UPLOAD_EXPIRE("upload.expire"),

    /**
     * Folds an account's pending report facts into its rollups, a batch per job (docs/reports.md, "Speed: rollups");
     * queued after a write while no fold of the account waits on this node, and again after a full batch. Payload:
     * the account id; a job that finds nothing pending does nothing.
     */
    REPORT_ROLLUP("report.rollup");

    private final String stored;

    JobKind(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
