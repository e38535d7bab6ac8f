package io.frontdesk.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Background upkeep of the database on one daemon thread: planner statistics that follow the data on both
 * databases, and on SQLite a write-ahead log that does not grow without end.
 */
final class Maintenance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    /** About 4 MB of 4 kB pages: past this, the SQLite log is emptied (SQLite's own auto-checkpoint threshold). */
    static final int WAL_FRAMES_LIMIT = 1000;
    /**
     * Tables whose rows changed by more than this since their last ANALYZE (autovacuum's own default rule: 50 rows
     * plus 10%). Only the planner's estimates depend on it, never a result.
     */
    private static final String STALE_TABLES = """
            SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables
            WHERE schemaname = current_schema() AND n_mod_since_analyze > 50 + 0.1 * n_live_tup""";
    /** One node at a time analyzes; the others skip that round. Any constant unique to this use. */
    private static final long ANALYZE_LOCK = 0x46726f6e74L;

    private final DataSource dataSource;
    /** The lock this process's SQLite transactions queue on; null on PostgreSQL. */
    private final Lock sqliteWriter;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread maintenance = new Thread(runnable, "database-maintenance");
        maintenance.setDaemon(true);
        return maintenance;
    });

    private Maintenance(DataSource dataSource, Lock sqliteWriter) {
        this.dataSource = dataSource;
        this.sqliteWriter = sqliteWriter;
    }

    /** @param writer the lock this process's transactions queue on before they write */
    static Maintenance sqlite(DataSource dataSource, Lock writer) {
        Maintenance maintenance = new Maintenance(dataSource, writer);
        // the first round before the store is used: beside the migrations, an ANALYZE of tables that grew by millions
        // of rows held the lock past a migration's busy_timeout (measured on the 200k reports store)
        maintenance.optimizeSqlite();
        maintenance.thread.scheduleWithFixedDelay(maintenance::optimizeSqlite, 60, 60, TimeUnit.SECONDS);
        maintenance.thread.scheduleWithFixedDelay(maintenance::checkpoint, 5, 5, TimeUnit.SECONDS);
        return maintenance;
    }

    static Maintenance postgres(DataSource dataSource) {
        Maintenance maintenance = new Maintenance(dataSource, null);
        maintenance.thread.scheduleWithFixedDelay(maintenance::analyzePostgres, 10, 10, TimeUnit.SECONDS);
        return maintenance;
    }

    /**
     * SQLite's statistics go stale as tables grow from empty, and a stale plan scans a tenant instead of probing a
     * search index's few ids. `PRAGMA optimize` re-analyzes only tables that changed a lot (0x10000: every table, not
     * only those this connection read), so running it every minute costs next to nothing when nothing changed. When
     * it analyzes it writes, so it waits its turn behind this process's writers, and skips the round while one holds
     * the lock: otherwise it could take SQLite's write lock from under a transaction that had just committed, whose
     * connection then met SQLITE_BUSY at its next BEGIN IMMEDIATE (the driver's commit issues it at once).
     */
    void optimizeSqlite() {
        if (!sqliteWriter.tryLock()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA optimize=0x10002");
        } catch (SQLException e) {
            LOG.warn("PRAGMA optimize failed: {}", e.getMessage());
        } finally {
            sqliteWriter.unlock();
        }
    }

    /**
     * SQLite's auto-checkpoint copies the log into the database but starts the log over only when no reader is using
     * it, which under steady traffic never happens: measured, the log reached 100 MB within a minute of 32 concurrent
     * writers, and every page lookup of every reader searches it. A passive checkpoint (which blocks nobody) copies
     * the log first; when it has grown past the limit, a truncating checkpoint taken while this process's writers
     * wait on the queue lock waits only for the readers in flight (milliseconds) and empties it.
     *
     * @return true when the log was emptied
     */
    boolean checkpoint() {
        return checkpoint(WAL_FRAMES_LIMIT);
    }

    /** {@link #checkpoint()} emptying the log past {@code limit} frames. */
    boolean checkpoint(int limit) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int frames;
            try (ResultSet passive = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                frames = passive.next() ? passive.getInt("log") : 0;
            }
            if (frames <= limit) {
                return false;
            }
            sqliteWriter.lock();
            try (ResultSet truncate = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return truncate.next() && truncate.getInt("busy") == 0;
            } finally {
                sqliteWriter.unlock();
            }
        } catch (SQLException e) {
            LOG.warn("WAL checkpoint failed: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The planner needs statistics that follow the data: without them it believes a fresh tenant's tables are empty
     * and, measured, answered an exact-email search of 2,000 customers in 470 ms by walking the tenant in date order
     * instead of in 1 ms through the email index. Autovacuum refreshes them when it is on (a server may run with it
     * off, as this project's CI server does, and it needs a minute even when on), so every node checks every ten
     * seconds and one at a time analyzes what changed a lot.
     *
     * @return the tables analyzed
     */
    List<String> analyzePostgres() {
        List<String> analyzed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + ANALYZE_LOCK + ")")) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    return analyzed;
                }
            }
            try {
                try (ResultSet stale = statement.executeQuery(STALE_TABLES)) {
                    while (stale.next()) {
                        analyzed.add(stale.getString(1));
                    }
                }
                for (String table : analyzed) {
                    // The name comes from the catalog, quoted by quote_ident: nothing a client sent.
                    statement.execute("ANALYZE " + table);
                }
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + ANALYZE_LOCK + ")");
            }
        } catch (SQLException e) {
            LOG.warn("ANALYZE failed: {}", e.getMessage());
        }
        return analyzed;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
