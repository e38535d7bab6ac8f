package io.frontdesk.jobs;

import java.time.Instant;

/**
 * Durable background work, asked for by a service. {@link #enqueue} writes the job in the caller's transaction, so
 * the job exists exactly when the request that asked for it was committed: a request answered "accepted" has its job
 * on disk, and a rolled back request leaves none. A {@link JobRunner} on some node runs it later, once.
 */
public interface JobQueue {

    /**
     * Queues a job in the current transaction.
     *
     * @param kind      which {@link JobHandler} runs it (see {@link JobKind})
     * @param accountId the account the job belongs to (deleting the account drops its pending jobs), or null
     * @param payload   what the handler needs, as text; never personal data, since finished jobs are kept
     */
    void enqueue(JobKind kind, Long accountId, String payload);

    /**
     * Queues a job in the current transaction that no node runs before {@code dueAt} on the server's clock (a
     * snooze's end, a scheduled reply). A due time already past makes it due at once.
     */
    void enqueue(JobKind kind, Long accountId, String payload, Instant dueAt);
}
