package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import io.frontdesk.sandbox.TableRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An account's reset on PostgreSQL: its rows deleted table by table ({@link AccountDelete}), quiet where the role may,
 * and its first rows written back; where the account holds every row of the latest copy's spared tables and they are
 * still that copy's, those tables are set aside whole for the next restore ({@link SetAside}) instead of deleted.
 */
final class PostgresAccountReset {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAccountReset.class);

    private final StoreAccess access;
    private final Database db;
    private final PostgresSnapshots snapshots;
    private final SpareWorker spares;

    PostgresAccountReset(StoreAccess access, PostgresSnapshots snapshots, SpareWorker spares) {
        this.access = access;
        this.db = access.db();
        this.snapshots = snapshots;
        this.spares = spares;
    }

    void reset(long accountId, List<TableRows> rows) {
        PostgresCopies.CopiedTables keepFor = snapshots.latest();
        SetAside[] aside = new SetAside[1];
        db.run(() -> access.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                // as a throwaway account's making and deletion: the flush was a large share of a reset on a busy disk,
                // and a reset lost to a crash of the database server leaves the account as it was before, whole
                st.execute("SET LOCAL synchronous_commit = off");
            }
            long started = System.nanoTime();
            AccountLocks.account(c, db.vendor(), accountId);
            long locked = System.nanoTime();
            Schema s = access.schema(c);
            boolean quiet = PostgresWipe.quiet(c);
            Set<String> whole = quiet && keepFor != null && !keepFor.spared().isEmpty()
                    && keepFor.stock().roomForSetAside() && keepFor.stock().hasEmpties()
                    ? accountsOnly(c, s, keepFor.spared(), accountId) : Set.of();
            // the tables about to be set aside are left to the swap below: their children's deletes go through them
            boolean mayKeep = !whole.isEmpty() && whole.equals(keepFor.spared());
            access.accountDelete(s).run(c, db.vendor(), accountId, mayKeep ? whole : Set.of());
            if (mayKeep) {
                aside[0] = setAsideLocked(c, keepFor, whole);
                if (aside[0] == null) {
                    access.accountDelete(s).run(c, db.vendor(), accountId);
                } else {
                    try (Statement st = c.createStatement()) {
                        // the copy's stock will hold a spare this commit makes: it must not be lost to a crash
                        st.execute("SET LOCAL synchronous_commit = on");
                    }
                }
            }
            long deleted = System.nanoTime();
            if (quiet) {
                PostgresWipe.triggersBack(c, access.noticeTables(c));
            }
            RowInserts.insertAll(c, db.vendor(), rows);
            LOG.debug("sandbox: account {} reset before its commit: lock {} ms, deletes{} {} ms, the rest {} ms",
                    accountId, (locked - started) / 1_000_000, aside[0] != null ? " and set-aside" : "",
                    (deleted - locked) / 1_000_000, (System.nanoTime() - deleted) / 1_000_000);
            return null;
        }));
        if (aside[0] != null) {
            spares.keep(keepFor, aside[0]);
        }
    }

    /**
     * An account's reset's set-aside, while no transaction of the spares' thread locks the live tables
     * ({@link SpareStock#liveTables}: waited for up to a second, the length of one of them at load 10); null
     * when not had, and the reset deletes.
     */
    private static SetAside setAsideLocked(Connection c, PostgresCopies.CopiedTables owner, Set<String> tables)
            throws SQLException {
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
}
