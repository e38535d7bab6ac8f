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

/**
 * Keeps a node's {@link CredentialCache} honest on PostgreSQL. Triggers on {@code credentials} and
 * {@code oauth_tokens} (migration V13) notify channel {@value #CHANNEL} when a row changes, whoever changed it; this
 * listener holds a connection of its own on that channel and empties the cache at each notification. The cache is
 * active only while the connection listens: when it fails, the cache empties and stays off until listening again.
 *
 * <p>A connection cut off without a word (a dropped route) is found by a query every {@link #HEARTBEAT}, which gives
 * up after {@link #SOCKET_TIMEOUT_SECONDS}; the cache's own maximum age bounds what is left.
 */
public final class CredentialChangeListener extends CredentialWatcher {

    static final String CHANNEL = "frontdesk_credentials";
    private static final Logger LOG = LoggerFactory.getLogger(CredentialChangeListener.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final int SOCKET_TIMEOUT_SECONDS = 10;

    private final Database database;
    private volatile Connection connection;

    public CredentialChangeListener(Database database, CredentialCache cache) {
        super(cache);
        this.database = database;
    }

    @Override
    void watch() throws SQLException {
        try (Connection listening = listen()) {
            connection = listening;
            hearing();
            receive(listening);
        } finally {
            connection = null;
        }
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

    /** Returns when stopped; a failed connection (or the one {@link #unblock} closed) throws. */
    private void receive(Connection listening) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!stopped()) {
            PGNotification[] notifications = pg.getNotifications((int) HEARTBEAT.toMillis());
            if (notifications != null && notifications.length > 0) {
                cache().invalidateAll();
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard >= HEARTBEAT.toNanos()) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    /** Closing the connection ends a wait for notifications at once. */
    @Override
    void unblock() {
        Connection listening = connection;
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                LOG.debug("Closing the credential listener's connection", e);
            }
        }
    }
}
