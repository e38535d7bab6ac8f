package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.sandbox.DatabaseCopy;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * SQLite's snapshots as database files: {@code VACUUM INTO} writes one (a compact copy, taken in one read
 * transaction), and SQLite's online backup API run the other way (file into store) puts it back, page by page, as one
 * write transaction: readers on the pool see the store before it or after it, never half, and
 * take the new schema cookie as a sign to prepare their statements again. No trigger, foreign-key check or index
 * update runs, so a restore costs the file's pages, not the rows it replaces (docs/sandbox.md, "Snapshots").
 *
 * <p>The files live in a temporary directory of the process's own, each deleted when its snapshot is replaced or
 * deleted, and all of them when the process ends.
 */
final class SqliteFileCopies {

    /** The store file's counters of changes: a restore moves them on instead of back (their watchers look for a move). */
    private static final String[] COUNTERS = {"credential_changes", "webhook_subscription_changes"};

    private final Database db;
    private Path directory;

    SqliteFileCopies(Database db) {
        this.db = db;
    }

    /** A copy of the database file; {@code rows} counted under the same write lock, so nothing changed between. */
    record FileCopy(Path file, long rows) implements DatabaseCopy {
    }

    FileCopy save(Schema schema) {
        Path file = directory().resolve(UUID.randomUUID() + ".db");
        file.toFile().deleteOnExit();
        return writer(c -> {
            long rows = 0;
            try (Statement st = c.createStatement()) {
                for (String table : schema.tables()) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
                st.execute("VACUUM INTO '" + file.toString().replace("'", "''") + "'");
            }
            return new FileCopy(file, rows);
        });
    }

    void restore(FileCopy copy) {
        writer(c -> {
            long[] before = counters(c);
            // one step of every page (-1): the write lock is taken once and the file read once
            int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", copy.file().toString(), null, 10, 100, -1);
            if (rc != 0) {
                throw new SQLException("restore from the snapshot file failed (SQLite result " + rc + ")");
            }
            long[] after = counters(c);
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < COUNTERS.length; i++) {
                    st.executeUpdate("UPDATE " + COUNTERS[i] + " SET version = "
                            + (Math.max(before[i], after[i]) + 1) + " WHERE id = 1");
                }
                // The page copy went into the log: tens of thousands of frames. Left there, the next commit on the
                // pool's writer would copy them into the file (SQLite's auto-checkpoint, past 1,000 frames) inside
                // the next request: 20 to 30 ms of a throwaway account's CPU (docs/sandbox.md, "Snapshots"). A
                // passive checkpoint waits for nobody and copies what no reader still needs.
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return null;
        });
    }

    void discard(FileCopy copy) {
        try {
            Files.deleteIfExists(copy.file());
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox: cannot delete " + copy.file(), e);
        }
    }

    private static long[] counters(Connection c) throws SQLException {
        long[] values = new long[COUNTERS.length];
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < COUNTERS.length; i++) {
                try (ResultSet rs = st.executeQuery("SELECT version FROM " + COUNTERS[i] + " WHERE id = 1")) {
                    values[i] = rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
        return values;
    }

    private synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("frontdesk-snapshots-");
            } catch (IOException e) {
                throw new UncheckedIOException("sandbox: cannot make a directory for snapshots", e);
            }
            // registered first, so deleted last: after the files in it
            directory.toFile().deleteOnExit();
        }
        return directory;
    }

    private <T> T writer(Database.ConnectionCallback<T> work) {
        return SqliteOwnConnection.run(db, true, work);
    }
}
