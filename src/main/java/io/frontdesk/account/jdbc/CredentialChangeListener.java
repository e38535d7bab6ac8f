package io.frontdesk.account.jdbc;

import io.frontdesk.account.CredentialCache;
import io.frontdesk.db.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a node's {@link CredentialCache} honest on PostgreSQL. Triggers on {@code credentials} and
 * {@code oauth_tokens} (migration V13) notify channel {@value #CHANNEL} when a row changes, whoever changed it; this
 * listener holds a connection of its own on that channel and empties the cache at each notification. The cache is
 * active only while the connection listens: when it fails, the cache empties and stays off until listening again.
 *
 * <p>A connection cut off without a word (a dropped route) is found by a query every {@link #HEARTBEAT}, which gives
 * up after {@link #SOCKET_TIMEOUT_SECONDS}; the cache's own maximum age bounds what is left.
 */
public final class CredentialChangeListener implements CredentialChanges {

    static final String CHANNEL = "frontdesk_credentials";
    private static final Logger LOG = LoggerFactory.getLogger(CredentialChangeListener.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final int SOCKET_TIMEOUT_SECONDS = 10;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Database database;
    private final CredentialCache cache;
    private final Thread thread;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile Connection connection;

    public CredentialChangeListener(Database database, CredentialCache cache) {
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
            try (Connection listening = listen()) {
                connection = listening;
                cache.activate();
                if (failedBefore) {
                    LOG.info("Listening for credential changes again; credentials are cached");
                    failedBefore = false;
                }
                receive(listening);
            } catch (SQLException | RuntimeException e) {
                cache.deactivate();
                if (stopped) {
                    return;
                }
                if (!failedBefore) {
                    LOG.warn("Not listening for credential changes ({}); every request reads its credential until "
                            + "listening again", e.getMessage());
                    failedBefore = true;
                }
                pause(RETRY);
            } finally {
                connection = null;
            }
        }
        cache.deactivate();
    }

    private Connection listen() throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        settings.setProperty("ApplicationName", "frontdesk credential changes");
        Connection listening = database.openUnpooled(settings);
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            listening.close();
            throw e;
        }
        return listening;
    }

    /** Returns when stopped; a failed connection (or the one {@link #close} closed) throws. */
    private void receive(Connection listening) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!stopped) {
            PGNotification[] notifications = pg.getNotifications((int) HEARTBEAT.toMillis());
            if (notifications != null && notifications.length > 0) {
                cache.invalidateAll();
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard >= HEARTBEAT.toNanos()) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
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
        Connection listening = connection;
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                LOG.debug("Closing the credential listener's connection", e);
            }
        }
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
