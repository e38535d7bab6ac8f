package io.frontdesk.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background thread that runs {@link WindowCounters#reconcile} at a fixed delay. It starts with the first counted
 * request, so a process that never serves (the command line) and a server whose accounts are all off run none.
 */
final class CounterSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CounterSync.class);

    private final Runnable round;
    private final Duration interval;
    private volatile boolean started;
    private ScheduledExecutorService executor;
    private boolean closed;

    CounterSync(Runnable round, Duration interval) {
        this.round = round;
        this.interval = interval;
    }

    void start() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (started || closed) {
                return;
            }
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "rate-limit-sync");
                // Daemon so a forgotten close cannot keep a JVM alive; Application closes it.
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::runRound, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            started = true;
        }
    }

    private void runRound() {
        try {
            round.run();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next round may well succeed.
            LOG.warn("rate limits: sync round failed", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        started = true;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
