package io.frontdesk.report;

import io.frontdesk.core.Transactions;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.jobs.JobRunner;
import io.frontdesk.queue.QueueSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the rollups off the write path (docs/reports.md, "Speed: rollups"): a write adds its facts as pending, and
 * a lane of the jobs table of its own folds them in batches ({@link JobKind#REPORT_ROLLUP}). After a commit that wrote facts, a fold job is
 * queued unless one this node queued has not started yet: that one will see the facts, since a job forgets its
 * account's mark before it reads the pending facts, and the mark is checked only after the facts committed. So a
 * steady stream of writes queues a job every {@link #GATHER} or so, not one per write, and never a lock or a shared row.
 */
public final class RollupFolding {

    /** Facts per fold transaction: short enough that SQLite's writers wait little for its lock. */
    public static final int BATCH = 500;

    /**
     * How long a fold job queued by a write waits: the writes of that moment gather into one batch, so that SQLite's
     * one writer spends a claim and a job's transactions a few times a second, not after every write.
     */
    static final Duration GATHER = Duration.ofMillis(200);

    /**
     * How long this node's mark keeps it from queueing another job: another node may have run the marked job (a
     * released claim), so a mark older than a job's lease is ignored.
     */
    static final Duration MARK_LIFETIME = Duration.ofSeconds(10);

    /** The lane's settings: the jobs' own ({@code JobRunner.settings}), under the name {@code rollups}. */
    public static QueueSettings settings(Duration pollInterval) {
        QueueSettings jobs = JobRunner.settings(pollInterval);
        return new QueueSettings("rollups", jobs.pollInterval(), jobs.lease(), jobs.itemBudget(), jobs.batchSize(),
                jobs.concurrency(), jobs.retries(), jobs.jitter());
    }

    private static final Logger LOG = LoggerFactory.getLogger(RollupFolding.class);

    /** A queued job not started yet, by account; a new object per queueing, so that its queuer knows it won. */
    private record Mark(long at) {
    }

    private final ReportStore store;
    private final JobQueue jobs;
    private final Transactions tx;
    private final Clock clock;
    private final Runnable wake;
    private final ConcurrentMap<Long, Mark> queued = new ConcurrentHashMap<>();

    /** @param wake tells the job lane of this node to poll now (after the commit of a job due at once) */
    public RollupFolding(ReportStore store, JobQueue jobs, Transactions tx, Clock clock, Runnable wake) {
        this.store = store;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
        this.wake = wake;
    }

    /** In a transaction that wrote the account's facts: once it commits, makes sure a fold job will see them. */
    public void written(long accountId) {
        tx.afterCommit(() -> queue(accountId));
    }

    private void queue(long accountId) {
        Mark mine = new Mark(clock.millis());
        Mark held = queued.merge(accountId, mine,
                (old, fresh) -> fresh.at() - old.at() < MARK_LIFETIME.toMillis() ? old : fresh);
        if (held != mine) {
            return;
        }
        try {
            // due a moment later: the lane's poll finds it, with what was written meanwhile
            tx.run(() -> jobs.enqueue(JobKind.REPORT_ROLLUP, accountId, Long.toString(accountId),
                    clock.instant().plus(GATHER)));
        } catch (RuntimeException e) {
            queued.remove(accountId, mine);
            // the facts stay pending: the account's next write, a report of it or the next start folds them
            LOG.warn("account {}: could not queue the fold of its report facts: {}", accountId, e.toString());
        }
    }

    /** The job: folds a batch, and queues the next one when the batch was full. */
    public void run(ClaimedJob job) {
        long accountId = job.accountId();
        queued.remove(accountId); // before the fold reads: a write committed from now on queues a job of its own
        if (store.foldRollups(accountId, BATCH) == BATCH) {
            jobs.enqueue(JobKind.REPORT_ROLLUP, accountId, Long.toString(accountId));
            tx.afterCommit(wake);
        }
    }

    /**
     * Starts the account's rollups over from its facts and folds them all, batch by batch, each batch a transaction
     * of its own: the command line and the end of a rebuild of the facts, which finish with the rollups complete.
     */
    public void rebuild(long accountId) {
        tx.run(() -> store.restartRollups(accountId));
        int folded;
        do {
            folded = tx.inTransaction(() -> store.foldRollups(accountId, BATCH));
        } while (folded == BATCH);
    }

    /**
     * Recomputes the account's rollups from its facts in set-wise statements
     * ({@link ReportStore#rebuildRollupsAtOnce}): for a store no server serves on SQLite (it holds the only writer
     * throughout), and the bench; on PostgreSQL it is what {@link #rebuild}'s first fold does anyway.
     */
    public void rebuildAtOnce(long accountId) {
        store.rebuildRollupsAtOnce(accountId);
    }

    /** At start-up: a fold job for each account with pending facts (after an upgrade, or a stop before a fold). */
    public void queuePending() {
        tx.run(() -> store.accountsWithPendingFacts().forEach(account -> jobs.enqueue(JobKind.REPORT_ROLLUP, account,
                Long.toString(account))));
        wake.run();
    }
}
