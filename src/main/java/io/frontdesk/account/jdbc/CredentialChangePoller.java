package io.frontdesk.account.jdbc;

import io.frontdesk.account.CredentialCache;
import io.frontdesk.db.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

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
public final class CredentialChangePoller extends CredentialWatcher {

    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final String VERSION = "SELECT version FROM credential_changes WHERE id = 1";

    private final Database database;

    public CredentialChangePoller(Database database, CredentialCache cache) {
        super(cache);
        this.database = database;
    }

    @Override
    void watch() throws SQLException {
        try (Connection connection = database.openUnpooled(settings());
             PreparedStatement version = connection.prepareStatement(VERSION)) {
            long seen = read(version);
            hearing();
            while (!stopped()) {
                pause(INTERVAL);
                long now = read(version);
                if (now != seen) {
                    cache().invalidateAll();
                    seen = now;
                }
            }
        }
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
}
