package io.frontdesk.account.jdbc;

import io.frontdesk.account.CredentialCache;
import io.frontdesk.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a SQLite node's {@link CredentialCache} honest. SQLite tells no process of another's writes, so triggers
 * (migration V14) count every change to credentials and access tokens in one row, and this poller reads that row
 * every {@link #INTERVAL} on a connection of its own, emptying the cache whenever the count has moved. A change made
 * through this node empties the cache at once (the service does it); one made by the command line or by SQL is
 * refused from the next poll on. The cache is active only while the polls succeed.
 *
 * <p>A poll is one read of one row, ten a second; each ends its read at once, so no snapshot is held between polls
 * and checkpoints are never held back.
 */
public final class CredentialChangePoller implements CredentialChanges {

    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(CredentialChangePoller.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final String VERSION = "SELECT version FROM credential_changes WHERE id = 1";

    private final Database database;
    private final CredentialCache cache;
    private final Thread thread;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;

    public CredentialChangePoller(Database database, CredentialCache cache) {
        this.database = database;
        this.cache = cache;
        this.thread = new Thread(this::run, "credential-changes");
        this.thread.setDaemon(true);
    }

    @Override
    public void start() {
        if (started.compareAndSet(false, true)) {
            thread.start();
        }
    }

    private void run() {
        boolean failedBefore = false;
        while (!stopped) {
            try (Connection connection = database.openUnpooled(settings());
                 PreparedStatement version = connection.prepareStatement(VERSION)) {
                long seen = read(version);
                cache.activate();
                if (failedBefore) {
                    LOG.info("Reading credential changes again; credentials are cached");
                    failedBefore = false;
                }
                while (!stopped) {
                    pause(INTERVAL);
                    long now = read(version);
                    if (now != seen) {
                        cache.invalidateAll();
                        seen = now;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.deactivate();
                if (stopped) {
                    return;
                }
                if (!failedBefore) {
                    LOG.warn("Cannot read credential changes ({}); every request reads its credential until they can "
                            + "be read again", e.getMessage());
                    failedBefore = true;
                }
                pause(RETRY);
            }
        }
        cache.deactivate();
    }

    /** A read that meets a checkpoint's brief lock waits it out instead of switching the cache off. */
    private static Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("busy_timeout", "1000");
        return settings;
    }

    private static long read(PreparedStatement version) throws SQLException {
        try (ResultSet rs = version.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("credential_changes has no row");
            }
            return rs.getLong(1);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
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
