package io.frontdesk.jobs;

import io.frontdesk.core.Transactions;
import io.frontdesk.mail.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the jobs table in the background: every poll interval it claims a batch of due jobs under a lease and runs
 * each in a transaction that also marks it done. Every node runs one; the claim gives each job to one node, and the
 * done mark in the handler's own transaction makes a job's database work commit once even if a lease runs out and a
 * second node takes the job over. A failing job is tried again with backoff and given up after the schedule's last
 * attempt (logged as an error; the row keeps {@code last_error}).
 *
 * <p>The thread mirrors {@code OutboxWorker}'s (poll, pause, release on stop); the claim protocol itself is shared
 * through {@code db.LeasedTable}. Logs name the job row, its kind and account, never its payload.
 */
public final class JobWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    /**
     * How one node works the jobs table.
     *
     * @param node         this node's name in the claim column, unique per process
     * @param pollInterval the pause between polls when nothing more is due
     * @param lease        how long a claim keeps other nodes away; a job is started only while half of it is left
     * @param batchSize    jobs claimed per poll
     * @param retries      the backoff between attempts and when to give up
     */
    public record Settings(String node, Duration pollInterval, Duration lease, int batchSize, RetrySchedule retries) {

        /**
         * 5 s, then twice as long each time: ten attempts over about 43 minutes outlast a database restart or
         * failover; a job that still fails is a bug to read in the log, not a hiccup.
         */
        public static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30),
                10);

        public Settings {
            if (node.isBlank() || pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1
                    || lease.compareTo(pollInterval) <= 0) {
                throw new IllegalArgumentException("bad job worker settings");
            }
        }

        /**
         * The production settings: a ten-second lease, ten jobs per claim. The lease is short on purpose: a job's
         * effect commits once whatever the lease (the done mark is in its transaction), so the lease only keeps
         * nodes from starting the same job twice, and its length is how long the jobs of a node that died holding
         * claims wait before another node (or the restarted one) takes them.
         */
        public static Settings of(String node, Duration pollInterval) {
            return new Settings(node, pollInterval, Duration.ofSeconds(10), 10, RETRIES);
        }
    }

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
    private final Settings settings;
    private final Map<JobKind, JobHandler> handlers;
    private final Object wakeup = new Object();
    private volatile boolean stopping;
    private Thread thread;

    public JobWorker(JobStore store, Transactions tx, Clock clock, Settings settings,
                     Map<JobKind, JobHandler> handlers) {
        if (handlers.isEmpty()) {
            throw new IllegalArgumentException("a job worker needs at least one handler");
        }
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
        this.handlers = new EnumMap<>(handlers);
    }

    public Settings settings() {
        return settings;
    }

    /** Starts the background thread; a second call, or a call after {@link #close}, does nothing. */
    public synchronized void start() {
        if (thread != null || stopping) {
            return;
        }
        thread = new Thread(this::loop, "job-worker");
        // Daemon so a forgotten close cannot keep a JVM alive; serve and the tests close it explicitly.
        thread.setDaemon(true);
        thread.start();
        LOG.info("jobs: worker {} started, polling every {} ms", settings.node(), settings.pollInterval().toMillis());
    }

    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /**
     * One poll: claims a batch of due jobs and runs them. Returns how many were handled. The background thread calls
     * this in a loop; tests call it directly to drive the worker step by step under their own clock.
     */
    public int runOnce() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        Instant lastStart = now.plus(settings.lease().dividedBy(2));
        List<ClaimedJob> batch = store.claim(settings.node(), now, leaseUntil, settings.batchSize(),
                handlers.keySet());
        for (int i = 0; i < batch.size(); i++) {
            if (stopping || clock.instant().isAfter(lastStart)) {
                release(batch.subList(i, batch.size()));
                return i;
            }
            run(batch.get(i));
        }
        return batch.size();
    }

    private void run(ClaimedJob job) {
        int attempt = job.attempts() + 1;
        JobHandler handler = handlers.get(kindOf(job));
        try {
            tx.run(() -> {
                handler.run(job);
                if (!store.markDone(job.id(), settings.node(), attempt, clock.instant())) {
                    throw new FinishedElsewhere();
                }
            });
            LOG.info("job {} ({}, account {}) done at attempt {}", job.id(), job.kind(), job.accountId(), attempt);
        } catch (FinishedElsewhere e) {
            LOG.warn("job {} ({}): another node finished it after this node's lease ran out; rolled back here",
                    job.id(), job.kind());
        } catch (RuntimeException e) {
            failed(job, attempt, e);
        }
    }

    private void failed(ClaimedJob job, int attempt, RuntimeException error) {
        String reason = rootCause(error);
        try {
            if (settings.retries().giveUpAfter(attempt)) {
                store.markFailed(job.id(), settings.node(), attempt, reason);
                LOG.error("job {} ({}, account {}): given up after {} attempts: {}", job.id(), job.kind(),
                        job.accountId(), attempt, reason);
            } else {
                Instant next = clock.instant().plus(settings.retries().delayAfter(attempt));
                store.reschedule(job.id(), settings.node(), attempt, next, reason);
                LOG.warn("job {} ({}, account {}): attempt {} failed, next at {}: {}", job.id(), job.kind(),
                        job.accountId(), attempt, next, reason);
            }
        } catch (RuntimeException e) {
            LOG.warn("job {}: could not record failed attempt {} ({}); the lease will expire and it is tried again",
                    job.id(), attempt, rootCause(e));
        }
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

    private void release(List<ClaimedJob> unstarted) {
        List<Long> ids = new ArrayList<>();
        unstarted.forEach(job -> ids.add(job.id()));
        try {
            store.release(ids, settings.node());
        } catch (RuntimeException e) {
            LOG.warn("jobs: could not release {} claims ({}); their lease will expire", ids.size(), rootCause(e));
        }
    }

    private void loop() {
        while (!stopping) {
            int handled;
            try {
                handled = runOnce();
            } catch (RuntimeException e) {
                LOG.warn("jobs: poll failed, trying again in {} ms ({})", settings.pollInterval().toMillis(),
                        rootCause(e));
                handled = 0;
            }
            // A full batch suggests more is due: poll again at once instead of letting a backlog wait.
            if (handled < settings.batchSize()) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (wakeup) {
            if (stopping) {
                return;
            }
            try {
                wakeup.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    /**
     * Stops the background thread: the job running is finished and recorded, claimed ones not yet started are
     * released for other nodes, and no new poll begins. Waits at most half a lease.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
        }
        synchronized (wakeup) {
            wakeup.notifyAll();
        }
        if (running == null) {
            return;
        }
        try {
            running.join(settings.lease().dividedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warn("jobs: worker {} still running a job at stop; its claim expires and another node takes over",
                    settings.node());
        } else {
            LOG.info("jobs: worker {} stopped", settings.node());
        }
    }

    /**
     * The innermost cause's class and message. Wrapping exceptions are left out on purpose: a statement exception
     * prints its bound arguments, which may hold personal data.
     */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getName() : root.getClass().getName() + ": " + message;
    }
}
