package io.frontdesk.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.core.Transactions;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The pool, Jdbi, and the transaction that the current thread is in. Stores call {@link #withHandle}; when a service
 * has opened a transaction through {@link #inTransaction}, they join it, so a service call is one unit of work.
 */
public final class Database implements Transactions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private static final Executor PING = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-ping");
        thread.setDaemon(true);
        return thread;
    });

    private final DbVendor vendor;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    /**
     * SQLite's one connection for transactions, used under {@link #sqliteWriter}; null on PostgreSQL. In WAL mode a
     * connection throws its whole page cache away whenever another connection wrote since its last transaction, so
     * with writes spread over the pool every transaction read its pages again from the file (measured with strace: 38
     * preads per customer create, 4 on one writer connection). One writer connection sees only its own writes and
     * keeps its cache.
     */
    private final HikariDataSource writerSource;
    private final Jdbi writerJdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** Names savepoints apart, nested ones included. */
    private final AtomicLong savepoints = new AtomicLong();
    /** What {@link #afterCommit} holds for the transaction open on this thread, run once it has committed. */
    private final ThreadLocal<List<Runnable>> committed = new ThreadLocal<>();
    /**
     * The auto-commit handle a {@link #withHandle} call holds on this thread. Reads nested in it (a search reading its
     * page's customers) use it too: borrowing a second connection while holding one deadlocks the pool once every
     * connection is held by a request waiting for its second.
     */
    private final ThreadLocal<Handle> open = new ThreadLocal<>();
    /** PostgreSQL's work_mem for the analytical reads, in MB (config report-work-mem-mb). */
    private final int reportWorkMemMb;
    /** The connection an analytical read on this thread turned JIT off on (PostgreSQL), until that read returns. */
    private final ThreadLocal<Connection> jitOff = new ThreadLocal<>();
    /**
     * SQLite has one writer at a time, and a transaction that finds the write lock taken waits in SQLite's busy
     * handler, which sleeps in growing steps (up to 100 ms) and wakes in no order. Queuing this process's transactions
     * on a fair lock first hands the write lock on at once and in arrival order: at 32 concurrent creates, throughput
     * stays at the one-client figure instead of halving, and p99 drops from hundreds of milliseconds. Other processes
     * on the same file (an admin command) still meet busy_timeout. Null on PostgreSQL, which has row locks.
     */
    private final ReentrantLock sqliteWriter;
    private final Maintenance maintenance;
    /** SQLite's compiled statements per connection; null on PostgreSQL, whose driver keeps its own. */
    private final StatementCache statementCache;
    /** Where borrowers from {@link #dataSource} queue on PostgreSQL; open on SQLite. */
    private final ConnectionGate gate;
    /** Cancels a use of a connection that outlives the statement timeout. */
    private final StatementWatchdog watchdog;
    /**
     * False from a borrow that found the database unreachable until one that reaches it: meanwhile borrowers wait at
     * the gate {@link #OUTAGE_WAIT_MILLIS} instead of {@link #CONNECTION_WAIT_MILLIS}, so requests answer 503 in about
     * a second rather than after ten while the pool keeps trying to connect.
     */
    private volatile boolean reachable = true;

    /** How long a borrower waits for a connection (at the gate, then in the pool) while the database answers. */
    static final long CONNECTION_WAIT_MILLIS = 10_000;
    /** The same wait while the database is unreachable: long enough for a restarted server to be found again. */
    static final long OUTAGE_WAIT_MILLIS = 1_000;

    private Database(DbVendor vendor, HikariDataSource dataSource, HikariDataSource writerSource,
                     Duration statementTimeout, int reportWorkMemMb) {
        this.vendor = vendor;
        this.reportWorkMemMb = reportWorkMemMb;
        this.watchdog = new StatementWatchdog(vendor, statementTimeout);
        this.gate = vendor == DbVendor.POSTGRESQL
                ? ConnectionGate.fair(dataSource.getMaximumPoolSize(), CONNECTION_WAIT_MILLIS)
                : ConnectionGate.open();
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(watched(dataSource));
        this.writerSource = writerSource;
        this.writerJdbi = writerSource == null ? jdbi : Jdbi.create(watched(writerSource));
        this.statementCache = vendor == DbVendor.SQLITE ? new StatementCache() : null;
        if (statementCache != null) {
            CachingStatementBuilder builder = new CachingStatementBuilder(statementCache);
            jdbi.setStatementBuilderFactory(connection -> builder);
            writerJdbi.setStatementBuilderFactory(connection -> builder);
        }
        this.sqliteWriter = vendor == DbVendor.SQLITE ? new ReentrantLock(true) : null;
        this.maintenance = vendor == DbVendor.SQLITE ? Maintenance.sqlite(dataSource, sqliteWriter)
                : Maintenance.postgres(dataSource);
    }

    /** Opens the pool and proves the database answers; a PostgreSQL that cannot be used stops the start. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("frontdesk");
        hikari.setJdbcUrl(settings.jdbcUrl());
        hikari.setDriverClassName(settings.vendor().driverClass());
        settings.user().ifPresent(hikari::setUsername);
        settings.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(settings.poolSize());
        // One connection attempt as the pool starts: an unusable database stops the start at once with the driver's
        // own reason (refused, bad password), not after a 10 s pool timeout that names none.
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        if (settings.vendor() == DbVendor.SQLITE) {
            prepareSqlite(settings, hikari);
        } else {
            preparePostgres(hikari);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            throw unusable(settings, e.getCause() == null ? e : e.getCause());
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
        } catch (SQLException e) {
            dataSource.close();
            throw unusable(settings, e);
        }
        LOG.info("database: {} at {}", settings.vendor().displayName(), settings.safeUrl());
        HikariDataSource writerSource = null;
        if (settings.vendor() == DbVendor.SQLITE) {
            HikariConfig writer = new HikariConfig();
            hikari.copyStateTo(writer);
            writer.setPoolName("frontdesk-writer");
            writer.setMaximumPoolSize(1);
            try {
                writerSource = new HikariDataSource(writer);
            } catch (HikariPool.PoolInitializationException e) {
                dataSource.close();
                throw unusable(settings, e.getCause() == null ? e : e.getCause());
            }
        }
        return new Database(settings.vendor(), dataSource, writerSource, settings.statementTimeout(),
                settings.reportWorkMemMb());
    }

    /** Jdbi's connections, each watched from its borrow to its return. */
    private ConnectionFactory watched(HikariDataSource source) {
        return new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                Connection connection = borrow(source);
                watchdog.begin(connection);
                return connection;
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                if (watchdog.end(connection)) {
                    source.evictConnection(connection);
                }
                connection.close();
            }
        };
    }

    /** SQLite's file is in the data directory: what stops it is the directory, never a URL nobody set. */
    private static ConfigException unusable(DatabaseSettings settings, Throwable cause) {
        ConfigKey key = settings.vendor() == DbVendor.SQLITE ? ConfigKey.DATA_DIR : ConfigKey.DATABASE_URL;
        return new ConfigException(key.envName() + ": cannot use " + settings.vendor().displayName()
                + " at " + settings.safeUrl() + ": " + cause.getMessage(), cause);
    }

    private static void prepareSqlite(DatabaseSettings settings, HikariConfig hikari) {
        Path file = Path.of(settings.jdbcUrl().substring("jdbc:sqlite:".length()));
        DataDirs.prepare(file.toAbsolutePath().getParent());
        // WAL lets readers run beside the one writer; IMMEDIATE transactions take the write lock up front, so two
        // writers queue on busy_timeout instead of failing with SQLITE_BUSY halfway through.
        hikari.addDataSourceProperty("journal_mode", "WAL");
        hikari.addDataSourceProperty("synchronous", "NORMAL");
        hikari.addDataSourceProperty("foreign_keys", "true");
        hikari.addDataSourceProperty("busy_timeout", "10000");
        hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        // Otherwise the driver follows every INSERT with a `SELECT last_insert_rowid()` of its own, prepared afresh,
        // for getGeneratedKeys, which nothing here calls (ids come back by RETURNING): 27 % of the rollup fold's CPU
        // under JFR (docs/benchmarks.md, "Reports on SQLite at 1M")
        hikari.addDataSourceProperty("jdbc.get_generated_keys", "false");
        // No `PRAGMA optimize` as a connection opens: when it finds statistics to refresh it takes the write lock
        // outside this process's queue for it, so during a long transaction every new connection failed its setup
        // (an empty pool), and right after a commit it could hold the lock the writer's next BEGIN IMMEDIATE waits
        // for. The maintenance runs it under that queue instead (Maintenance.optimizeSqlite).
    }

    /**
     * PostgreSQL's default random_page_cost (4) models spinning disks and makes the planner scan a tenant's rows
     * rather than probe a few hundred of them by primary key after a search index; 1.1 models SSD or cached data.
     */
    private static void preparePostgres(HikariConfig hikari) {
        hikari.setConnectionInitSql("SET random_page_cost = 1.1");
        // Set once per connection by the pool: Jdbi setting it per transaction costs a round trip each time (and on
        // SQLite, which is serializable anyway, a PRAGMA before and after every transaction).
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }

    /**
     * A connection of its own, outside the pool and the gate, for a listener that keeps it for the node's life (a pooled
     * one would take a request's place for good). The caller closes it.
     */
    public Connection openUnpooled(Properties settings) throws SQLException {
        Properties all = new Properties();
        if (dataSource.getUsername() != null) {
            all.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            all.setProperty("password", dataSource.getPassword());
        }
        all.putAll(settings);
        return DriverManager.getConnection(dataSource.getJdbcUrl(), all);
    }

    /**
     * SQLite: copies the write-ahead log into the database and empties it now, for a caller that holds the write lock
     * ({@link #exclusively}) between long transactions of its own, so that the log does not grow by all of them;
     * nothing on PostgreSQL.
     */
    public void checkpoint() {
        if (sqliteWriter != null) {
            maintenance.checkpoint(0);
        }
    }

    /** SQLite's one writer connection, for the benchmark's JDBC ceiling; empty on PostgreSQL. */
    public Optional<DataSource> writerDataSource() {
        return Optional.ofNullable(writerSource);
    }

    /** SQLite's statement cache, for its tests; null on PostgreSQL. */
    StatementCache statementCache() {
        return statementCache;
    }

    /** The gate PostgreSQL's borrowers queue at, for its tests. */
    ConnectionGate gate() {
        return gate;
    }

    /** The background upkeep, for tests that run a round of it now. */
    Maintenance maintenance() {
        return maintenance;
    }

    public DbVendor vendor() {
        return vendor;
    }

    /**
     * The pool itself, past the gate: for Flyway, the benchmark's bulk loader and tests. Application code goes through
     * {@link #withHandle}, the benchmark's ceiling through {@link #withConnection}.
     */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs on the current transaction's handle, else on the handle an enclosing call holds, else on a fresh
     * auto-commit handle: a thread never holds two connections.
     */
    public <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = held();
        if (handle != null) {
            return callback.withHandle(handle);
        }
        enter();
        try {
            return jdbi.withHandle(h -> {
                open.set(h);
                try {
                    return callback.withHandle(h);
                } finally {
                    open.remove();
                }
            });
        } finally {
            gate.leave();
        }
    }

    /** The transaction's handle, else the handle an enclosing {@link #withHandle} holds, else null. */
    private Handle held() {
        Handle handle = current.get();
        return handle != null ? handle : open.get();
    }

    /** What {@link #withStatements} runs. */
    public interface StatementsCallback<T> {
        T run(Statements statements) throws SQLException;
    }

    /**
     * Runs on the connection of the transaction or enclosing {@link #withHandle} when there is one, otherwise on a
     * connection borrowed from the pool for the call, without a Jdbi handle: for the per-request reads of
     * {@link Statements}.
     */
    public <T> T withStatements(StatementsCallback<T> callback) {
        return withStatements(callback, false);
    }

    /**
     * {@link #withStatements} for analytical reads (the reports' counts over a period): on PostgreSQL each statement is
     * planned for the values it runs with. The driver makes a statement server-prepared from its fifth run on a
     * connection, and PostgreSQL may then keep one generic plan for any values: one that guessed a period's share of
     * the rows and read a year of facts through a time index, 4.1 s where the plan for the actual year's bounds took
     * 1.2 s (docs/reports.md, "One plan per run"). Planning costs a millisecond against counts of seconds. JIT
     * compilation is off for them too: their wide {@code CASE} sums cost above the JIT thresholds, and compiling them
     * took up to 5 s of a count that ran 6 s (docs/reports.md, "No JIT for the reports' reads"); the per-request
     * statements keep the server's setting. They also get {@code work_mem} = report-work-mem-mb, where the server's
     * default (4 MB) spills their distinct counts' sorts to disk (docs/reports.md, "The four slow conversations
     * reports at 1M"). On SQLite the same as {@link #withStatements}.
     */
    public <T> T withAnalysis(StatementsCallback<T> callback) {
        return withStatements(callback, vendor == DbVendor.POSTGRESQL);
    }

    private <T> T withStatements(StatementsCallback<T> callback, boolean analysis) {
        try {
            Handle handle = held();
            if (handle != null) {
                return run(handle.getConnection(), callback, analysis);
            }
            return withConnection(connection -> run(connection, callback, analysis));
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    /**
     * Runs the callback on {@code connection}; for PostgreSQL's analytical reads with JIT off and the reports' work_mem
     * until it returns: for the transaction when there is one ({@code SET LOCAL} ends with it, whichever way), else for
     * the call, the session's own settings restored afterwards. A nested analytical read on the same connection leaves
     * the settings to the outer.
     */
    private <T> T run(Connection connection, StatementsCallback<T> callback, boolean analysis) throws SQLException {
        Statements statements = new Statements(connection, statementCache, analysis);
        if (!analysis || jitOff.get() == connection) {
            return callback.run(statements);
        }
        boolean transaction = !connection.getAutoCommit();
        String scope = transaction ? "SET LOCAL " : "SET ";
        try (Statement set = connection.createStatement()) {
            set.execute(scope + "jit = off; " + scope + "work_mem = '" + reportWorkMemMb + "MB'");
        }
        Connection outer = jitOff.get();
        jitOff.set(connection);
        try {
            return callback.run(statements);
        } finally {
            jitOff.set(outer);
            if (!transaction) {
                try (Statement reset = connection.createStatement()) {
                    reset.execute("RESET jit; RESET work_mem");
                }
            }
        }
    }

    /**
     * {@link #withStatements} for a read of several statements, which then see one snapshot of the database. On SQLite
     * the statements run in one deferred read transaction when this call borrows the connection: each auto-commit
     * statement otherwise begins and ends a read transaction of its own, and sqlite-jdbc adds a {@code begin;} and
     * {@code commit;} after one that finishes; a bare JDBC loop read a customer's four statements 35-50% more often a
     * second with one transaction around them (docs/benchmarks.md, tenth round). Only reads: a write after a read in
     * such a transaction fails at once if another connection wrote since the snapshot began. On PostgreSQL, where the
     * statements would cost two round trips more, each statement keeps its own snapshot, as before.
     */
    public <T> T withSnapshot(StatementsCallback<T> callback) {
        if (vendor != DbVendor.SQLITE || held() != null) {
            return withStatements(callback);
        }
        try {
            return withConnection(connection -> snapshot(connection,
                    () -> callback.run(new Statements(connection, statementCache))));
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    /** {@link #withSnapshot} for reads made through a Jdbi handle (and the plain statements nested in them). */
    public <T> T withSnapshotHandle(HandleCallback<T, RuntimeException> callback) {
        if (vendor != DbVendor.SQLITE || held() != null) {
            return withHandle(callback);
        }
        return withHandle(h -> {
            try {
                return snapshot(h.getConnection(), () -> callback.withHandle(h));
            } catch (SQLException e) {
                throw new ConnectionException(e);
            }
        });
    }

    private interface SnapshotWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} inside BEGIN and COMMIT issued as statements: the connection stays in auto-commit mode for the
     * driver and the pool, which would otherwise begin and commit through uncompiled statements of their own. A
     * connection whose transaction could not be ended leaves the pool rather than hold its snapshot, and with it the
     * WAL, for its next borrower.
     */
    private <T> T snapshot(Connection connection, SnapshotWork<T> work) throws SQLException {
        Statements statements = new Statements(connection, statementCache);
        statements.update("BEGIN DEFERRED", List.of());
        boolean ended = false;
        try {
            T result = work.run();
            statements.update("COMMIT", List.of());
            ended = true;
            return result;
        } finally {
            if (!ended) {
                try {
                    statements.update("ROLLBACK", List.of());
                } catch (RuntimeException e) {
                    dataSource.evictConnection(connection);
                    LOG.warn("evicted a SQLite connection whose read transaction did not end: {}", e.getMessage());
                }
            }
        }
    }

    /** What {@link #withConnection} runs. */
    public interface ConnectionCallback<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A connection borrowed through the gate on PostgreSQL, as {@link #withStatements} borrows one; also the
     * benchmark's JDBC ceiling, whose run on the server's pool would otherwise meet the pool's spinning hand-off that
     * the server no longer meets.
     */
    public <T> T withConnection(ConnectionCallback<T> work) throws SQLException {
        gate.enter();
        try (Connection connection = borrow(dataSource)) {
            watchdog.begin(connection);
            try {
                return work.run(connection);
            } finally {
                if (watchdog.end(connection)) {
                    dataSource.evictConnection(connection);
                }
            }
        } finally {
            gate.leave();
        }
    }

    /**
     * A connection from {@code source}. The pool waits up to ten seconds for a connection, which under load is a queue;
     * when the database cannot be reached it is only a delay. So the first second is waited alone: a timeout then
     * that carries the pool's last failure to connect (refused, not accepting connections, no such database, a bad
     * password) is an outage and fails at once, and while one lasts the gate lets borrowers wait only that second
     * too. A timeout without one is a busy pool, and the borrower waits the rest of its time.
     */
    private Connection borrow(HikariDataSource source) throws SQLException {
        HikariPool pool = (HikariPool) source.getHikariPoolMXBean();
        if (pool == null || source.isClosed()) {
            throw new SQLTransientConnectionException("the database pool is closed");
        }
        Connection connection;
        try {
            try {
                connection = pool.getConnection(OUTAGE_WAIT_MILLIS);
            } catch (SQLTransientConnectionException e) {
                if (e.getCause() != null) {
                    throw e;
                }
                connection = pool.getConnection(CONNECTION_WAIT_MILLIS - OUTAGE_WAIT_MILLIS);
            }
        } catch (SQLException e) {
            // a timeout without a connection failure behind it is a busy pool, not an outage
            if (reachable && e instanceof SQLTransientConnectionException && e.getCause() != null) {
                reachable = false;
                gate.timeout(OUTAGE_WAIT_MILLIS);
                LOG.warn("database unreachable ({}); requests answer 503 until it answers again",
                        e.getCause().getMessage());
            }
            throw e;
        }
        if (!reachable) {
            reachable = true;
            gate.timeout(CONNECTION_WAIT_MILLIS);
            LOG.info("database reachable again");
        }
        return connection;
    }

    /** {@link ConnectionGate#enter} for the Jdbi paths, failing as Jdbi does when the pool has no connection. */
    private void enter() {
        try {
            gate.enter();
        } catch (SQLTransientConnectionException e) {
            throw new ConnectionException(e);
        }
    }

    /**
     * Runs {@code work}, transactions included, with no other transaction of this process in between on SQLite (its
     * write lock is held throughout; it is reentrant, so work's own transactions take it again); on PostgreSQL it
     * only runs {@code work}.
     */
    public <T> T exclusively(Supplier<T> work) {
        if (sqliteWriter == null) {
            return work.get();
        }
        sqliteWriter.lock();
        try {
            return work.get();
        } finally {
            sqliteWriter.unlock();
        }
    }

    /**
     * SQLite: makes the writer connection read the schema again and compile its kept statements again now, after the
     * store's file was replaced under it (a snapshot restored by the backup API, which always moves the schema cookie
     * on). Otherwise it does so at its next use, inside the next write request (a throwaway account's creation spent
     * 2.8 ms more CPU unwarmed). Only the writer: every write goes through it, while a reader is one of ten, each 2 ms
     * or more to warm, and needed by a later request only if that request lands on it. The caller holds the write lock
     * ({@link #exclusively}), so the writer is free. Nothing on PostgreSQL.
     */
    public void reloadSchema() {
        if (writerSource == null) {
            return;
        }
        try (Connection writer = ((HikariPool) writerSource.getHikariPoolMXBean()).getConnection(OUTAGE_WAIT_MILLIS)) {
            try (Statement st = writer.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next(); // the step finds the cookie moved and reads the schema
            }
            statementCache.recompile(writer);
        } catch (SQLException e) {
            // the writer then reads the schema at its next use, as it would have without this
            LOG.warn("could not make the writer read the restored schema ahead of use: {}", e.toString());
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> signals = new ArrayList<>(0);
        T result = outermost(work, signals);
        // committed, and SQLite's write lock and the gate's permit given back: a woken lane finds the rows at once
        signal(signals);
        return result;
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Handle handle = current.get();
        if (handle == null) {
            return inTransaction(work);
        }
        String name = "sp" + savepoints.incrementAndGet();
        handle.savepoint(name);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            // Jdbi forgets the savepoint once rolled back to; the database drops it at commit
            handle.rollbackToSavepoint(name);
            throw e;
        }
        handle.releaseSavepoint(name);
        return result;
    }

    private <T> T outermost(Supplier<T> work, List<Runnable> signals) {
        if (sqliteWriter == null) {
            if (open.get() != null) {
                // The enclosing read holds a permit; waiting for a second could leave every permit held by a thread
                // that waits for another. No code path opens a transaction inside a read today (the whole suite ran
                // with this branch throwing); should one, it borrows past the gate as before the gate existed.
                return transaction(work, signals);
            }
            enter();
            try {
                return transaction(work, signals);
            } finally {
                gate.leave();
            }
        }
        sqliteWriter.lock();
        try {
            return transaction(work, signals);
        } finally {
            sqliteWriter.unlock();
        }
    }

    private <T> T transaction(Supplier<T> work, List<Runnable> signals) {
        return writerJdbi.inTransaction(handle -> {
            current.set(handle);
            committed.set(signals);
            try {
                return work.get();
            } finally {
                current.remove();
                committed.remove();
            }
        });
    }

    /** Runs what {@link #afterCommit} held for the transaction that just committed on this thread. */
    private static void signal(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("an after-commit signal failed: {}", e.toString());
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = committed.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /**
     * True when the database answers within two seconds: the readiness probe. Borrowing from the pool can wait for the
     * pool's connection timeout when the database is unreachable, longer than probes allow, so the wait is bounded.
     */
    public boolean ping() {
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(1);
            } catch (SQLException e) {
                return false;
            }
        }, PING);
        try {
            return check.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        maintenance.close();
        watchdog.close();
        if (writerSource != null) {
            writerSource.close();
        }
        dataSource.close();
    }
}
