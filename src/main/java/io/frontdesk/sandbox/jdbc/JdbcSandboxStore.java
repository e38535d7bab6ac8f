package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.sandbox.DatabaseCopy;
import io.frontdesk.sandbox.DeliveryView;
import io.frontdesk.sandbox.SandboxStore;
import io.frontdesk.sandbox.TableRows;
import io.frontdesk.webhook.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Account deletion, account restore and the whole wipe, on both databases, driven by the schema as the database
 * describes it ({@link Schema}). Ids start again after a wipe: SQLite forgets its AUTOINCREMENT counters (the rows of
 * {@code sqlite_sequence}); PostgreSQL restarts every sequence a table owns (identity columns included) at 1.
 */
public final class JdbcSandboxStore implements SandboxStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSandboxStore.class);

    private final Database db;
    /** SQLite's snapshot files; unused on PostgreSQL. */
    private final SqliteFileCopies files;

    /** One thread for every copy's spares: their builds are the heavy part, and they wait for nothing but the store. */
    private final ThreadPoolExecutor spareWork = spareWork();
    private volatile Schema schema;
    private volatile AccountDelete accountDelete;
    /**
     * On PostgreSQL, the copy last saved or restored: its mark is the newest, so a reset checks the tables it empties
     * against it, and sets them aside as its spare when they are still its rows. Null when discarded.
     */
    private volatile PostgresCopies.CopiedTables latest;

    public JdbcSandboxStore(Database db) {
        this.db = db;
        this.files = new SqliteFileCopies(db);
    }

    private static ThreadPoolExecutor spareWork() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "sandbox-spares");
            t.setDaemon(true);
            return t;
        });
        // idle, the thread ends: most stores never build a spare, or build one and rest
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private AccountDelete accountDelete(Schema s) {
        AccountDelete d = accountDelete;
        if (d == null) {
            d = AccountDelete.of(s);
            accountDelete = d;
        }
        return d;
    }

    /** PostgreSQL's tables whose statement-level delete triggers send notices; read once, as the schema is. */
    private volatile List<String> noticeTables;

    private List<String> noticeTables(Connection c) throws SQLException {
        List<String> t = noticeTables;
        if (t == null) {
            t = PostgresWipe.noticeTables(c);
            noticeTables = t;
        }
        return t;
    }

    private Schema schema(Connection c) throws SQLException {
        Schema s = schema;
        if (s == null) {
            s = Schema.read(c, db.vendor());
            schema = s;
        }
        return s;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return db.withHandle(h -> {
            try {
                return work.run(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("sandbox: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public boolean deleteAccount(long accountId) {
        return jdbc(c -> {
            AccountLocks.account(c, db.vendor(), accountId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
                ps.setLong(1, accountId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void commitWithoutFlush() {
        if (db.vendor() == DbVendor.POSTGRESQL) {
            jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit = off");
                }
                return null;
            });
        }
    }

    /**
     * On PostgreSQL one round trip for every table (the driver sends the statements of one prepared statement
     * together); on SQLite, which has no round trips, one compiled statement per table, kept between calls.
     */
    @Override
    public List<TableRows> accountRows(long accountId) {
        return jdbc(c -> {
            Schema s = schema(c);
            List<String> tables = new ArrayList<>();
            List<String> selects = new ArrayList<>();
            for (String table : s.tables()) {
                String where = table.equals("accounts") ? "id = ?"
                        : s.accountColumns().contains(table) ? "account_id = ?" : null;
                if (where != null) {
                    tables.add(table);
                    selects.add("SELECT * FROM " + table + " WHERE " + where);
                }
            }
            return db.vendor() == DbVendor.POSTGRESQL ? readTogether(c, tables, selects, accountId)
                    : readEach(tables, selects, accountId);
        });
    }

    private static List<TableRows> readTogether(Connection c, List<String> tables, List<String> selects,
                                                long accountId) throws SQLException {
        List<TableRows> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.join(";\n", selects))) {
            for (int i = 1; i <= selects.size(); i++) {
                ps.setLong(i, accountId);
            }
            boolean results = ps.execute();
            for (String table : tables) {
                if (!results) {
                    throw new SQLException("no result for " + table);
                }
                TableRows rows = read(table, ps.getResultSet());
                if (!rows.rows().isEmpty()) {
                    out.add(rows);
                }
                results = ps.getMoreResults();
            }
        }
        return out;
    }

    private List<TableRows> readEach(List<String> tables, List<String> selects, long accountId) {
        return db.withStatements(st -> {
            List<TableRows> out = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                List<String> columns = new ArrayList<>();
                List<List<Object>> rows = new ArrayList<>();
                st.forEach(selects.get(t), List.of(accountId), (rs, ctx) -> row(rs, columns), rows::add);
                if (!rows.isEmpty()) {
                    out.add(new TableRows(tables.get(t), columns, rows));
                }
            }
            return out;
        });
    }

    /** The current row's values; {@code columns} is filled from the first row. */
    private static List<Object> row(ResultSet rs, List<String> columns) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        if (columns.isEmpty()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        }
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            row.add(rs.getObject(i));
        }
        return row;
    }

    private static TableRows read(String table, ResultSet rs) throws SQLException {
        try (rs) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return new TableRows(table, columns, rows);
        }
    }

    @Override
    public void restoreAccount(long accountId, List<TableRows> rows) {
        if (db.vendor() == DbVendor.SQLITE) {
            SqliteOwnConnection.run(db, false, c -> {
                c.setAutoCommit(false);
                try {
                    Schema s = schema(c);
                    SqliteAccountDelete.delete(c, accountDelete(s), s.accountColumns(), accountId);
                    insertAll(c, rows);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                return null;
            });
            return;
        }
        PostgresCopies.CopiedTables keepFor = latest;
        PostgresSpares.SetAside[] aside = new PostgresSpares.SetAside[1];
        db.run(() -> jdbc(c -> {
            try (Statement st = c.createStatement()) {
                // as a throwaway account's making and deletion: the flush was a large share of a reset on a busy disk,
                // and a reset lost to a crash of the database server leaves the account as it was before, whole
                st.execute("SET LOCAL synchronous_commit = off");
            }
            long started = System.nanoTime();
            AccountLocks.account(c, db.vendor(), accountId);
            long locked = System.nanoTime();
            Schema s = schema(c);
            boolean quiet = PostgresWipe.quiet(c);
            Set<String> whole = quiet && keepFor != null && !keepFor.spared().isEmpty()
                    && keepFor.stock().roomForSetAside() && keepFor.stock().hasEmpties()
                    ? accountsOnly(c, s, keepFor.spared(), accountId) : Set.of();
            // the tables about to be set aside are left to the swap below: their children's deletes go through them
            boolean mayKeep = !whole.isEmpty() && whole.equals(keepFor.spared());
            accountDelete(s).run(c, db.vendor(), accountId, mayKeep ? whole : Set.of());
            if (mayKeep) {
                aside[0] = setAsideLocked(c, keepFor, whole);
                if (aside[0] == null) {
                    accountDelete(s).run(c, db.vendor(), accountId);
                } else {
                    try (Statement st = c.createStatement()) {
                        // the copy's stock will hold a spare this commit makes: it must not be lost to a crash
                        st.execute("SET LOCAL synchronous_commit = on");
                    }
                }
            }
            long deleted = System.nanoTime();
            if (quiet) {
                PostgresWipe.triggersBack(c, noticeTables(c));
            }
            insertAll(c, rows);
            LOG.debug("sandbox: account {} reset before its commit: lock {} ms, deletes{} {} ms, the rest {} ms",
                    accountId, (locked - started) / 1_000_000, aside[0] != null ? " and set-aside" : "",
                    (deleted - locked) / 1_000_000, (System.nanoTime() - deleted) / 1_000_000);
            return null;
        }));
        if (aside[0] != null) {
            keep(keepFor, aside[0]);
        }
    }

    /**
     * An account's reset's set-aside, while no transaction of the spares' thread locks the live tables
     * ({@link PostgresSpares.Stock#liveTables}: waited for up to a second, the length of one of them at load 10); null
     * when not had, and the reset deletes.
     */
    private static PostgresSpares.SetAside setAsideLocked(Connection c, PostgresCopies.CopiedTables owner,
                                                          Set<String> tables) throws SQLException {
        ReentrantLock lock = owner.stock().liveTables();
        try {
            if (!lock.tryLock(1, TimeUnit.SECONDS)) {
                LOG.debug("sandbox: {} not set aside: the spares' thread holds the live tables", tables);
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            // after the swap a transaction of the spares' thread waits for this reset's commit, holding nothing it
            // needs: the lock is not kept to the commit
            return PostgresCopies.setAsideFor(c, owner, tables);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Of {@code tables}, those with an account column whose every row is the account's: emptying them whole is the
     * account's reset's delete of them.
     */
    private static Set<String> accountsOnly(Connection c, Schema s, Set<String> tables, long accountId)
            throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (String table : tables) {
            if (s.accountColumns().contains(table) && AccountDelete.onlyAccount(c, table, "account_id", accountId)) {
                out.add(table);
            }
        }
        return out;
    }

    /**
     * Once a reset that set tables aside has committed: they are the next spare of their copy (dropped after the
     * answer if the copy was discarded meanwhile); the keys the swap left unchecked are validated and new empties made.
     */
    private void keep(PostgresCopies.CopiedTables owner, PostgresSpares.SetAside aside) {
        PostgresSpares.Stock stock = owner.stock();
        if (!stock.keep(aside.spare())) {
            stock.bury(aside.spare());
        }
        stock.uncheck(aside.unchecked());
        stockUp(owner);
    }

    private void insertAll(Connection c, List<TableRows> rows) throws SQLException {
        for (TableRows table : rows) {
            insert(c, table);
        }
    }

    private void insert(Connection c, TableRows table) throws SQLException {
        String columns = String.join(", ", table.columns());
        String marks = String.join(", ", table.columns().stream().map(x -> "?").toList());
        // An identity column GENERATED ALWAYS takes an explicit id only when told to.
        String overriding = db.vendor() == DbVendor.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table.table() + " (" + columns + ")"
                + overriding + " VALUES (" + marks + ")")) {
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    ps.setObject(i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void wipe() {
        jdbc(c -> {
            Schema s = schema(c);
            try (Statement st = c.createStatement()) {
                if (db.vendor() == DbVendor.POSTGRESQL) {
                    AccountLocks.store(c, db.vendor());
                    boolean quiet = PostgresWipe.quiet(c);
                    PostgresWipe.wipe(c, s.tables());
                    if (quiet) {
                        PostgresWipe.triggersBack(c, noticeTables(c));
                    }
                } else {
                    List<String> children = new ArrayList<>(s.tables());
                    java.util.Collections.reverse(children);
                    for (String table : children) {
                        st.execute("DELETE FROM " + table);
                    }
                    st.execute("DELETE FROM sqlite_sequence");
                }
            }
            return null;
        });
    }

    @Override
    public DatabaseCopy copy() {
        if (db.vendor() == DbVendor.SQLITE) {
            return files.save(jdbc(this::schema));
        }
        Schema s = jdbc(this::schema);
        // no spare yet: made at the copy's first restore, so a snapshot never restored costs none
        PostgresCopies.CopiedTables saved = db.inTransaction(() -> jdbc(c -> PostgresCopies.save(c, s)));
        latest = saved;
        return saved;
    }


    /**
     * After the answer, on the spares' thread: the foreign keys a swap left unchecked validated, then the copy's
     * spares built until {@link PostgresSpares#DEPTH} are ready. A failure only costs the spare: a restore without
     * one puts the difference back.
     */
    private void stockUp(PostgresCopies.CopiedTables copy) {
        if (copy.spared().isEmpty()) {
            return;
        }
        PostgresSpares.Stock stock = copy.stock();
        synchronized (stock) {
            CompletableFuture<Void> next = stock.building().handle((v, e) -> null).thenRunAsync(() -> {
                try {
                    // Empties first, before each build: cheap (no row, 0.3 s at load 9), and with them a reset sets
                    // the tables aside, which spares the builds in a loop of resets and restores (built only after
                    // the spares, they never came: such a loop uses every spare as soon as it is built). A restore
                    // may be waiting for the next spare: the housekeeping (graves dropped, keys validated, 0.2 to
                    // 0.5 s at load 9) comes after it is built, not before.
                    while (true) {
                        while (stock.wantingEmpties()) {
                            empties(copy);
                        }
                        if (!stock.wanting()) {
                            break;
                        }
                        String name = stock.nextName(copy.schema());
                        long building = System.nanoTime();
                        // the store's lock shared, before the live tables' (LIKE): a restore takes it whole first
                        Map<String, List<String>> indexes = withLiveTables(stock,
                                () -> db.inTransaction(() -> jdbc(c -> {
                                    AccountLocks.account(c, db.vendor(), 0);
                                    return PostgresSpares.create(c, name, copy.spared());
                                })));
                        db.inTransaction(() -> jdbc(c -> {
                            PostgresSpares.fill(c, name, copy, indexes);
                            return null;
                        }));
                        LOG.debug("sandbox: spare {} built in {} ms", name, (System.nanoTime() - building) / 1_000_000);
                        if (!stock.add(new PostgresSpares.Spare(name, copy.spared()))) {
                            db.inTransaction(() -> jdbc(c -> {
                                PostgresSpares.drop(c, List.of(name));
                                return null;
                            }));
                        }
                        houseKeeping(stock);
                    }
                    houseKeeping(stock);
                } catch (RuntimeException e) {
                    LOG.warn("sandbox: a snapshot's spare tables could not be made; its restores put the difference"
                            + " back: {}", e.getMessage());
                }
            }, spareWork);
            stock.building(next);
            next.whenComplete((v, e) -> stock.built());
        }
    }

    /** Empty tables made ahead for a reset to swap in (no row: catalog work and empty indexes). */
    private void empties(PostgresCopies.CopiedTables copy) {
        PostgresSpares.Stock stock = copy.stock();
        String name = stock.nextName(copy.schema());
        long building = System.nanoTime();
        PostgresSpares.Spare made = withLiveTables(stock, () -> db.inTransaction(() -> jdbc(c -> {
            AccountLocks.account(c, db.vendor(), 0);
            return PostgresSpares.empties(c, name, copy.spared());
        })));
        LOG.debug("sandbox: empties {} made in {} ms", name, (System.nanoTime() - building) / 1_000_000);
        if (!stock.giveEmpties(made)) {
            db.inTransaction(() -> jdbc(c -> {
                PostgresSpares.drop(c, List.of(name));
                return null;
            }));
        }
    }

    /** The used spares' schemas and the tables set aside dropped, the keys a swap left unchecked validated. */
    private void houseKeeping(PostgresSpares.Stock stock) {
        List<String> graves = stock.takeGraves();
        if (!graves.isEmpty()) {
            db.inTransaction(() -> jdbc(c -> {
                PostgresSpares.drop(c, graves);
                return null;
            }));
        }
        List<PostgresSpares.Unchecked> keys = stock.takeUnchecked();
        if (!keys.isEmpty()) {
            withLiveTables(stock, () -> db.inTransaction(() -> jdbc(c -> {
                // shared, as a fold: a restore (which takes it whole) never waits on these locks halfway
                AccountLocks.account(c, db.vendor(), 0);
                PostgresSpares.validate(c, keys);
                return null;
            })));
        }
    }

    /** {@code work} (a transaction that locks live tables) while holding {@link PostgresSpares.Stock#liveTables}. */
    private static <T> T withLiveTables(PostgresSpares.Stock stock, Supplier<T> work) {
        stock.liveTables().lock();
        try {
            return work.get();
        } finally {
            stock.liveTables().unlock();
        }
    }

    @Override
    public void restore(DatabaseCopy copy) {
        if (copy instanceof SqliteFileCopies.FileCopy file) {
            // under the write lock throughout, so the writer connection is free to be warmed before any request
            db.exclusively(() -> {
                files.restore(file);
                db.reloadSchema();
                return null;
            });
            return;
        }
        PostgresCopies.CopiedTables tables = (PostgresCopies.CopiedTables) copy;
        PostgresCopies.Restored done;
        // the copy a reset of everything may set the tables it empties aside for: the one they last equalled
        PostgresCopies.CopiedTables keepFor = latest;
        long started = System.nanoTime();
        long waited = 0;
        try {
            done = restore(tables, true, keepFor);
        } catch (PostgresCopies.SpareComing e) {
            long waiting = System.nanoTime();
            // a spare is a bulk build of what the difference would insert row by row through the indexes: waiting
            // for it is never much slower than not, and usually faster
            try {
                tables.stock().awaitSpare(30_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            waited = System.nanoTime() - waiting;
            done = restore(tables, false, keepFor);
        }
        LOG.debug("sandbox: restore in {} ms ({} ms of it waiting for a spare), spare used: {}",
                (System.nanoTime() - started) / 1_000_000, waited / 1_000_000, done.usedSpare());
        // only once committed: until then the store is as it was, and the old mark still tells it apart
        if (done.mark() != null) {
            tables.mark().set(done.mark());
        }
        latest = tables;
        if (done.setAside() != null) {
            keep(keepFor, done.setAside());
        }
        if (done.usedSpare()) {
            tables.stock().uncheck(done.unchecked());
        }
        if (done.usedSpare() || ((tables.stock().wanting() || tables.stock().wantingEmpties()) && restoresFast())) {
            stockUp(tables);
        }
    }

    /** One restore transaction, with a ready spare of the copy taken for it and given back unless it was used. */
    private PostgresCopies.Restored restore(PostgresCopies.CopiedTables tables, boolean mayWait,
                                            PostgresCopies.CopiedTables keepFor) {
        PostgresSpares.Spare spare = tables.stock().take();
        boolean wait = mayWait && spare == null && !tables.stock().building().isDone();
        PostgresCopies.Restored done = null;
        try {
            done = db.inTransaction(() -> jdbc(c -> {
                AccountLocks.store(c, db.vendor());
                Schema s = schema(c);
                if (PostgresWipe.quiet(c)) {
                    PostgresCopies.Restored made = PostgresCopies.restoreDifference(c, tables, spare, wait,
                            keepFor);
                    PostgresWipe.triggersBack(c, noticeTables(c));
                    return made;
                }
                PostgresWipe.wipe(c, s.tables());
                PostgresCopies.restoreWhole(c, tables);
                return new PostgresCopies.Restored(null, false, List.of(), null);
            }));
            return done;
        } finally {
            if (spare != null && (done == null || !done.usedSpare())) {
                tables.stock().giveBack(spare);
            } else if (spare != null) {
                tables.stock().bury(spare);
            }
        }
    }

    @Override
    public void discard(DatabaseCopy copy) {
        if (copy instanceof SqliteFileCopies.FileCopy file) {
            files.discard(file);
        } else {
            PostgresCopies.CopiedTables tables = (PostgresCopies.CopiedTables) copy;
            if (latest == tables) {
                latest = null;
            }
            try {
                tables.stock().discard().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException ignored) {
                // dropped below all the same; a build still running fails on its missing schema
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            db.inTransaction(() -> jdbc(c -> {
                PostgresCopies.drop(c, tables);
                PostgresSpares.drop(c, tables.stock().names(tables.schema()));
                return null;
            }));
        }
    }

    /** Null until asked: whether this role may run a transaction quiet ({@link PostgresWipe#quiet}). */
    private volatile Boolean quiet;

    /**
     * SQLite copies pages; PostgreSQL puts back the difference when the role may run quiet, else every row through
     * the foreign-key checks, which is no cheaper than emptying the store and running first start.
     */
    @Override
    public boolean restoresFast() {
        if (db.vendor() == DbVendor.SQLITE) {
            return true;
        }
        Boolean q = quiet;
        if (q == null) {
            q = db.inTransaction(() -> jdbc(PostgresWipe::quiet));
            quiet = q;
        }
        return q;
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        return db.exclusively(work);
    }

    @Override
    public List<DeliveryView> deliveries(long accountId, String event, Long resourceId, boolean deliveredOnly,
                                         int limit) {
        StringBuilder sql = new StringBuilder("SELECT d.*, e.type AS e_type, e.subject_id AS e_subject"
                + " FROM webhook_deliveries d LEFT JOIN events e ON e.id = d.event_id WHERE d.account_id = ?");
        if (event != null) {
            sql.append(" AND (d.event_name = ? OR e.type = ?)");
        }
        if (resourceId != null) {
            sql.append(" AND e.subject_id = ?");
        }
        if (deliveredOnly) {
            sql.append(" AND d.status = 'delivered'");
        }
        sql.append(" ORDER BY d.id DESC LIMIT ?");
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, accountId);
                if (event != null) {
                    ps.setString(i++, event);
                    ps.setString(i++, event);
                }
                if (resourceId != null) {
                    ps.setLong(i++, resourceId);
                }
                ps.setInt(i, limit);
                List<DeliveryView> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Delivery d = new Delivery(rs.getLong("id"), rs.getLong("subscription_id"),
                                rs.getString("event_name"), rs.getString("delivery_uuid"),
                                Delivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                                rs.getInt("attempts"), Rows.instant(rs, "next_attempt_at"),
                                rs.getString("last_error"), Rows.instant(rs, "occurred_at"),
                                Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "last_attempt_at"),
                                Rows.nullableInstant(rs, "delivered_at"));
                        long eventId = rs.getLong("event_id");
                        Long eid = rs.wasNull() ? null : eventId;
                        long subject = rs.getLong("e_subject");
                        Long sid = rs.wasNull() ? null : subject;
                        out.add(new DeliveryView(d, eid, rs.getString("e_type"), sid));
                    }
                }
                return out;
            }
        });
    }
}
