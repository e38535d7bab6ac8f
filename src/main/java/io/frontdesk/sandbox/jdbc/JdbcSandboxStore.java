package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.DatabaseCopy;
import io.frontdesk.sandbox.DeliveryView;
import io.frontdesk.sandbox.SandboxStore;
import io.frontdesk.sandbox.TableRows;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Account deletion, account restore and the whole wipe, on both databases, driven by the schema as the database
 * describes it ({@link Schema}). Ids start again after a wipe: SQLite forgets its AUTOINCREMENT counters (the rows of
 * {@code sqlite_sequence}); PostgreSQL restarts every sequence a table owns (identity columns included) at 1.
 * PostgreSQL's account resets ({@link PostgresAccountReset}) and snapshots ({@link PostgresSnapshots}) have classes of
 * their own; SQLite's snapshots are files ({@link SqliteFileCopies}).
 */
public final class JdbcSandboxStore implements SandboxStore {

    private final Database db;
    private final StoreAccess access;
    /** SQLite's snapshot files; unused on PostgreSQL. */
    private final SqliteFileCopies files;
    private final AccountRows accountRows;
    private final PostgresSnapshots snapshots;
    private final PostgresAccountReset accountReset;
    private final DeliveryViews deliveries;

    public JdbcSandboxStore(Database db) {
        this.db = db;
        this.access = new StoreAccess(db);
        this.files = new SqliteFileCopies(db);
        this.accountRows = new AccountRows(access);
        SpareWorker spares = new SpareWorker(access);
        this.snapshots = new PostgresSnapshots(access, spares);
        this.accountReset = new PostgresAccountReset(access, snapshots, spares);
        this.deliveries = new DeliveryViews(access);
    }

    @Override
    public boolean deleteAccount(long accountId) {
        return access.jdbc(c -> {
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
            access.jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL synchronous_commit = off");
                }
                return null;
            });
        }
    }

    @Override
    public List<TableRows> accountRows(long accountId) {
        return accountRows.read(accountId);
    }

    @Override
    public List<TableRows> newAccountRows(long accountId) {
        return accountRows.readNew(accountId);
    }

    @Override
    public void restoreAccount(long accountId, List<TableRows> rows) {
        if (db.vendor() == DbVendor.POSTGRESQL) {
            accountReset.reset(accountId, rows);
            return;
        }
        SqliteOwnConnection.run(db, false, c -> {
            c.setAutoCommit(false);
            try {
                Schema s = access.schema(c);
                SqliteAccountDelete.delete(c, access.accountDelete(s), s.accountColumns(), accountId);
                RowInserts.insertAll(c, db.vendor(), rows);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return null;
        });
    }

    @Override
    public void wipe() {
        access.jdbc(c -> {
            Schema s = access.schema(c);
            try (Statement st = c.createStatement()) {
                if (db.vendor() == DbVendor.POSTGRESQL) {
                    AccountLocks.store(c, db.vendor());
                    boolean quiet = PostgresWipe.quiet(c);
                    PostgresWipe.wipe(c, s.tables());
                    if (quiet) {
                        PostgresWipe.triggersBack(c, access.noticeTables(c));
                    }
                } else {
                    List<String> children = new ArrayList<>(s.tables());
                    Collections.reverse(children);
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
            return files.save(access.jdbc(access::schema));
        }
        return snapshots.copy();
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
        snapshots.restore((PostgresCopies.CopiedTables) copy);
    }

    @Override
    public void discard(DatabaseCopy copy) {
        if (copy instanceof SqliteFileCopies.FileCopy file) {
            files.discard(file);
        } else {
            snapshots.discard((PostgresCopies.CopiedTables) copy);
        }
    }

    /**
     * SQLite copies pages; PostgreSQL puts back the difference when the role may run quiet
     * ({@link PostgresSnapshots#restoresFast}).
     */
    @Override
    public boolean restoresFast() {
        return db.vendor() == DbVendor.SQLITE || snapshots.restoresFast();
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        return db.exclusively(work);
    }

    @Override
    public List<DeliveryView> deliveries(long accountId, String event, Long resourceId, boolean deliveredOnly,
                                         int limit) {
        return deliveries.find(accountId, event, resourceId, deliveredOnly, limit);
    }
}
