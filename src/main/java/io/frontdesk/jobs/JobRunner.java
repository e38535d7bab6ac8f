package io.frontdesk.jobs;

import io.frontdesk.core.Transactions;
import io.frontdesk.queue.ClaimedQueue;
import io.frontdesk.queue.Outcome;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs table as a queue: each job runs in a transaction that also marks it done, so its database work commits
 * once even if a lease runs out and a second node takes the job over (the later one finds it done and rolls back).
 * A node claims only the kinds it has a handler for. Logs name the job row, its kind and account, never its payload.
 */
public final class JobRunner implements ClaimedQueue<ClaimedJob> {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /**
     * 5 s, then twice as long each time: ten attempts over about 43 minutes outlast a database restart or failover; a
     * job that still fails is a bug to read in the log, not a hiccup.
     */
    public static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30), 10);

    /** Thrown inside the job's transaction to roll it back: another node finished the job first. */
    private static final class FinishedElsewhere extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FinishedElsewhere() {
            super(null, null, false, false);
        }
    }

    private final JobStore store;
    private final Transactions tx;
    private final Clock clock;
    private final Map<JobKind, JobHandler> handlers;

    public JobRunner(JobStore store, Transactions tx, Clock clock, Map<JobKind, JobHandler> handlers) {
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("a job runner needs at least one handler");
        }
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.handlers = new EnumMap<>(handlers);
    }

    /**
     * The production settings: a ten-second lease, a job started only while half of it is left, ten jobs per claim.
     * The lease is short on purpose: a job's effect commits once whatever the lease (the done mark is in its
     * transaction), so the lease only keeps nodes from starting the same job twice, and its length is how long the
     * jobs of a node that died holding claims wait before another node (or the restarted one) takes them.
     */
    public static QueueSettings settings(Duration pollInterval) {
        return new QueueSettings("jobs", pollInterval, Duration.ofSeconds(10), Duration.ofSeconds(5), 10, 1, RETRIES,
                0);
    }

    @Override
    public List<ClaimedJob> claim(String node, Instant now, Instant leaseUntil, int limit) {
        return store.claim(node, now, leaseUntil, limit, handlers.keySet());
    }

    @Override
    public Outcome run(ClaimedJob job, String node, int attempt) {
        JobHandler handler = handlers.get(kindOf(job));
        try {
            tx.run(() -> {
                handler.run(job);
                if (!store.markDone(job.id(), node, attempt, clock.instant())) {
                    throw new FinishedElsewhere();
                }
            });
        } catch (FinishedElsewhere e) {
            LOG.warn("job {} ({}): another node finished it after this node's lease ran out; rolled back here",
                    job.id(), job.kind());
        } catch (RuntimeException e) {
            // A handler throws to be tried again later; its partial work rolled back with the transaction.
            return Outcome.retry(e);
        }
        return Outcome.done();
    }

    @Override
    public void reschedule(long id, String node, int attempts, Instant nextAttempt, String error) {
        store.reschedule(id, node, attempts, nextAttempt, error);
    }

    @Override
    public void markFailed(long id, String node, int attempts, String error) {
        store.markFailed(id, node, attempts, error);
    }

    @Override
    public void release(List<Long> ids, String node) {
        store.release(ids, node);
    }

    @Override
    public String describe(ClaimedJob job) {
        return "job " + job.id() + " (" + job.kind() + ", account " + job.accountId() + ")";
    }

    private JobKind kindOf(ClaimedJob job) {
        for (JobKind kind : handlers.keySet()) {
            if (kind.stored().equals(job.kind())) {
                return kind;
            }
        }
        // The claim asks for the handled kinds only.
        throw new IllegalStateException("claimed a job of unknown kind " + job.kind());
    }
}
