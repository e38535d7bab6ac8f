package io.frontdesk.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node's worker for one {@link ClaimedQueue}: it polls, claims a batch of due items under a lease, runs each, and
 * records what failed (tried again with backoff, given up after the schedule's last attempt). Every node runs one per
 * queue; the claim gives each item to one node until its lease runs out.
 *
 * <p>With a concurrency of one the lane's thread runs the items of a batch one after the other and polls again at once
 * after a full batch. With more, items run on a pool of that size and the lane claims as slots come free, so one slow
 * item (a webhook receiver taking its whole timeout) holds one slot, not the queue.
 *
 * <p>An item is started only while its lease leaves a whole {@link QueueSettings#itemBudget}, so another node does not
 * take over an item still being worked on; claims a stopping or late lane will not use are released at once.
 */
public final class QueueLane<T extends Claimed> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueueLane.class);

    private final ClaimedQueue<T> queue;
    private final QueueSettings settings;
    private final String node;
    private final Clock clock;
    private final Object wakeup = new Object();
    /** Set by {@link #wake} and cleared by the pause it cuts short; guarded by {@code wakeup}. */
    private boolean woken;
    /** Free places for items when concurrency is above one; null otherwise. */
    private final Semaphore slots;
    private final ExecutorService pool;
    private volatile boolean stopping;
    private Thread thread;

    QueueLane(ClaimedQueue<T> queue, QueueSettings settings, String node, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.node = node;
        this.clock = clock;
        if (settings.concurrency() > 1) {
            AtomicInteger n = new AtomicInteger();
            this.slots = new Semaphore(settings.concurrency());
            this.pool = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
                Thread t = new Thread(runnable, "queue-" + settings.name() + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.slots = null;
            this.pool = null;
        }
    }

    public QueueSettings settings() {
        return settings;
    }

    public String node() {
        return node;
    }

    /** Starts the background thread; a second call, or a call after {@link #close}, does nothing. */
    public synchronized void start() {
        if (thread != null || stopping) {
            return;
        }
        thread = new Thread(pool == null ? this::loop : this::slotLoop, "queue-" + settings.name());
        // Daemon so a forgotten close cannot keep a JVM alive; serve and the tests close it explicitly.
        thread.setDaemon(true);
        thread.start();
        LOG.info("{}: worker {} started, polling every {} ms", settings.name(), node,
                settings.pollInterval().toMillis());
    }

    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /**
     * Asks the lane to poll now rather than at the end of its pause: new work was queued on this node (call it after
     * the work's transaction committed, or the poll may not see it). A wake that comes while the lane is polling is
     * kept, so the next pause ends at once instead of waiting out the interval. Other nodes' work waits for the poll.
     */
    public void wake() {
        synchronized (wakeup) {
            woken = true;
            wakeup.notifyAll();
        }
    }

    /**
     * One poll: claims a batch of due items and runs them (side by side when the concurrency allows), returning how
     * many were started. Tests call this directly to drive the lane step by step under their own clock.
     */
    public int runOnce() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        List<T> batch = queue.claim(node, now, leaseUntil, settings.batchSize());
        if (pool == null || batch.size() < 2) {
            for (int i = 0; i < batch.size(); i++) {
                if (!startable(leaseUntil)) {
                    release(batch.subList(i, batch.size()));
                    return i;
                }
                attempt(batch.get(i));
            }
            return batch.size();
        }
        AtomicInteger started = new AtomicInteger();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (T item : batch) {
            running.add(CompletableFuture.runAsync(() -> {
                if (startOrRelease(item, leaseUntil)) {
                    started.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        return started.get();
    }

    private boolean startable(Instant leaseUntil) {
        return !stopping && !clock.instant().plus(settings.itemBudget()).isAfter(leaseUntil);
    }

    private boolean startOrRelease(T item, Instant leaseUntil) {
        if (!startable(leaseUntil)) {
            release(List.of(item));
            return false;
        }
        attempt(item);
        return true;
    }

    private void attempt(T item) {
        int attempt = item.attempts() + 1;
        Outcome outcome;
        try {
            outcome = queue.run(item, node, attempt);
        } catch (RuntimeException e) {
            outcome = Outcome.retry(e);
        }
        try {
            record(item, attempt, outcome);
        } catch (RuntimeException e) {
            LOG.warn("{}: could not record attempt {} ({}); the lease will expire and it is tried again",
                    queue.describe(item), attempt, rootCause(e));
        }
    }

    private void record(T item, int attempt, Outcome outcome) {
        if (outcome instanceof Outcome.GiveUp giveUp) {
            queue.markFailed(item.id(), node, attempt, giveUp.reason());
            LOG.warn("{}: refused for good at attempt {}: {}", queue.describe(item), attempt,
                    giveUp.reason());
        } else if (outcome instanceof Outcome.Retry retry) {
            if (settings.retries().giveUpAfter(attempt)) {
                queue.markFailed(item.id(), node, attempt, retry.reason());
                LOG.error("{}: given up after {} attempts: {}", queue.describe(item), attempt,
                        retry.reason());
            } else {
                Instant next = clock.instant().plus(delay(attempt, retry.after()));
                queue.reschedule(item.id(), node, attempt, next, retry.reason());
                LOG.warn("{}: attempt {} failed, next at {}: {}", queue.describe(item), attempt, next,
                        retry.reason());
            }
        } else {
            LOG.info("{} done at attempt {}", queue.describe(item), attempt);
        }
    }

    private Duration delay(int attempt, Duration asked) {
        Duration base = asked != null && !asked.isNegative() ? asked : settings.retries().delayAfter(attempt);
        if (settings.jitter() == 0) {
            return base;
        }
        long extra = (long) (base.toMillis() * settings.jitter() * ThreadLocalRandom.current().nextDouble());
        return base.plusMillis(extra);
    }

    private void release(List<T> unstarted) {
        List<Long> ids = new ArrayList<>();
        unstarted.forEach(item -> ids.add(item.id()));
        try {
            queue.release(ids, node);
        } catch (RuntimeException e) {
            LOG.warn("{}: could not release {} claims ({}); their lease will expire", settings.name(), ids.size(),
                    rootCause(e));
        }
    }

    private void loop() {
        while (!stopping) {
            int handled;
            try {
                handled = runOnce();
            } catch (RuntimeException e) {
                LOG.warn("{}: poll failed, trying again in {} ms ({})", settings.name(),
                        settings.pollInterval().toMillis(), rootCause(e));
                handled = 0;
            }
            // A full batch suggests more is due: poll again at once instead of letting a backlog wait.
            if (handled < settings.batchSize()) {
                pause();
            }
        }
    }

    /** The loop of a lane with several slots: claims only as many items as it has free slots for. */
    private void slotLoop() {
        while (!stopping) {
            int free = Math.min(slots.availablePermits(), settings.batchSize());
            if (free == 0) {
                pause();
                continue;
            }
            int claimed;
            try {
                Instant now = clock.instant();
                Instant leaseUntil = now.plus(settings.lease());
                List<T> batch = queue.claim(node, now, leaseUntil, free);
                for (T item : batch) {
                    slots.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            startOrRelease(item, leaseUntil);
                        } finally {
                            slots.release();
                            wake();
                        }
                    });
                }
                claimed = batch.size();
            } catch (RuntimeException e) {
                LOG.warn("{}: poll failed, trying again in {} ms ({})", settings.name(),
                        settings.pollInterval().toMillis(), rootCause(e));
                claimed = 0;
            }
            if (claimed < free) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (wakeup) {
            if (stopping) {
                return;
            }
            if (woken) {
                woken = false;
                return;
            }
            try {
                wakeup.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            woken = false;
        }
    }

    /** Tells the lane to start nothing more, without waiting: lets a worker stop all its lanes side by side. */
    void stopSoon() {
        stopping = true;
        wake();
    }

    /**
     * Stops the lane: items running are finished and recorded, claimed ones not yet started are released for other
     * nodes, and no new poll begins. Waits at most one item budget.
     */
    @Override
    public void close() {
        stopSoon();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        long waitMillis = settings.itemBudget().toMillis() + 1000;
        try {
            if (running != null) {
                running.join(waitMillis);
            }
            if (pool != null) {
                pool.shutdown();
                pool.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running == null) {
            return;
        }
        if (running.isAlive() || pool != null && !pool.isTerminated()) {
            LOG.warn("{}: worker {} still busy at stop; its claims expire and another node takes over",
                    settings.name(), node);
        } else {
            LOG.info("{}: worker {} stopped", settings.name(), node);
        }
    }

    private static String rootCause(Throwable error) {
        return Outcome.rootCause(error);
    }
}
