package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A SQLite connection of the sandbox's own, outside the pool, while this process's transactions wait for the write
 * lock: a pooled connection may hold cached statements that are still open (SQLite refuses VACUUM and a backup into
 * a connection that has any), and foreign keys, on for the pool, can be switched off only outside a transaction.
 */
final class SqliteOwnConnection {

    private SqliteOwnConnection() {
    }

    static <T> T run(Database db, boolean foreignKeys, Database.ConnectionCallback<T> work) {
        return db.exclusively(() -> {
            Properties settings = new Properties();
            settings.setProperty("busy_timeout", "10000");
            settings.setProperty("synchronous", "NORMAL");
            settings.setProperty("foreign_keys", Boolean.toString(foreignKeys));
            settings.setProperty("transaction_mode", "IMMEDIATE");
            try (Connection c = db.openUnpooled(settings)) {
                // A reset or restore frees or writes thousands of pages; its commit would otherwise copy the whole
                // log into the file at once (SQLite's auto-checkpoint: up to 120 ms measured on a reset of 34,000
                // rows). Maintenance's checkpoint does it in the background, blocking nobody.
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException("sandbox: " + e.getMessage(), e);
            }
        });
    }
}
