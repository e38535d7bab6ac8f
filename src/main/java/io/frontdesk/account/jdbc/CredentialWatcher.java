package io.frontdesk.account.jdbc;

import io.frontdesk.account.CredentialCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The background thread both ways of hearing credential changes share: it watches until watching fails, then switches
 * the cache off (emptied) and tries again every {@link #RETRY}, saying once that it stopped hearing and once that it
 * hears again. The cache is active only from {@link #hearing()} until the next failure.
 */
abstract class CredentialWatcher implements CredentialChanges {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialWatcher.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final CredentialCache cache;
    private final Thread thread;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;
    /** Only the watching thread reads and writes it. */
    private boolean failing;

    CredentialWatcher(CredentialCache cache) {
        this.cache = cache;
        this.thread = new Thread(this::run, "credential-changes");
        this.thread.setDaemon(true);
    }

    /** Hears changes until {@link #stopped()}, calling {@link #hearing()} once it does; throws when it cannot. */
    abstract void watch() throws SQLException;

    /** Lets a {@link #watch} blocked in the database return; nothing to do where it never blocks. */
    void unblock() {
    }

    @Override
    public final void start() {
        if (started.compareAndSet(false, true)) {
            thread.start();
        }
    }

    final CredentialCache cache() {
        return cache;
    }

    final boolean stopped() {
        return stopped;
    }

    /** Every change is heard from now on: the cache may keep entries. */
    final void hearing() {
        cache.activate();
        if (failing) {
            LOG.info("Hearing credential changes again; credentials are cached");
            failing = false;
        }
    }

    private void run() {
        while (!stopped) {
            try {
                watch();
            } catch (SQLException | RuntimeException e) {
                cache.deactivate();
                if (stopped) {
                    return;
                }
                if (!failing) {
                    LOG.warn("Cannot hear credential changes ({}); every request reads its credential until they are "
                            + "heard again", e.getMessage());
                    failing = true;
                }
                pause(RETRY);
            }
        }
        cache.deactivate();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final void close() {
        stopped = true;
        unblock();
        if (!started.get()) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
