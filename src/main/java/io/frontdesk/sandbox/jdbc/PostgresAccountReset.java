package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import io.frontdesk.sandbox.TableRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
        // the steps' ends, for the DEBUG line: the tables chosen, their rows deleted, the set-aside
        long[] at = new long[3];
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
            // only the tables whose copied rows are all this account's can be set aside: a throwaway account's reset
            // beside a seeded one probes none (a round trip, and planning eleven big tables after a swap)
            Set<String> own = keepFor == null ? Set.of() : keepFor.sparedOf(accountId);
            Set<String> whole = quiet && !own.isEmpty()
                    && keepFor.stock().roomForSetAside() && keepFor.stock().hasEmpties()
                    ? accountsOnly(c, s, own, accountId) : Set.of();
            ReentrantLock live = whole.isEmpty() ? null : liveTables(keepFor, whole);
            try {
                TablesToKeep.Chosen chosen = live == null ? null : TablesToKeep.choose(c, keepFor, whole);
                at[0] = System.nanoTime();
                // the tables about to be set aside are left to the swap below: their children's deletes go through
                // them
                access.accountDelete(s).run(c, db.vendor(), accountId, chosen == null ? Set.of() : chosen.tables());
                at[1] = System.nanoTime();
                if (chosen != null) {
                    aside[0] = TablesToKeep.setAside(c, keepFor, chosen);
                    if (aside[0] == null) {
                        access.accountDelete(s).run(c, db.vendor(), accountId);
                    } else {
                        try (Statement st = c.createStatement()) {
                            // the copy's stock will hold a spare this commit makes: it must not be lost to a crash
                            st.execute("SET LOCAL synchronous_commit = on");
                        }
                    }
                }
            } finally {
                if (live != null) {
                    live.unlock();
                }
            }
            long deleted = System.nanoTime();
            at[2] = deleted;
            if (quiet) {
                PostgresWipe.triggersBack(c, access.noticeTables(c));
            }
            RowInserts.insertAll(c, db.vendor(), rows);
            LOG.debug("sandbox: account {} reset before its commit: lock {} ms, choice {} ms, deletes {} ms, set-aside"
                    + " {} ms ({}), the rest {} ms", accountId, (locked - started) / 1_000_000,
                    (at[0] - locked) / 1_000_000, (at[1] - at[0]) / 1_000_000, (at[2] - at[1]) / 1_000_000,
                    aside[0] == null ? "none" : aside[0].spare().tables(), (System.nanoTime() - deleted) / 1_000_000);
            return null;
        }));
        if (aside[0] != null) {
            spares.keep(keepFor, aside[0]);
        }
    }

    /**
     * The copy's {@link SpareStock#liveTables} lock, held from the choice of the tables to set aside to their swap, so
     * that no transaction of the spares' thread locks them meanwhile (waited for up to a second, the length of one of
     * them at load 10); null when not had, and the reset deletes. After the swap a transaction of the spares' thread
     * waits for this reset's commit, holding nothing it needs: the lock is not kept to the commit.
     */
    private static ReentrantLock liveTables(PostgresCopies.CopiedTables owner, Set<String> tables) {
        ReentrantLock lock = owner.stock().liveTables();
        try {
            if (lock.tryLock(1, TimeUnit.SECONDS)) {
                return lock;
            }
            LOG.debug("sandbox: {} not set aside: the spares' thread holds the live tables", tables);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /**
     * Of {@code tables}, those with an account column whose every row is the account's (three probes of its index
     * each, as {@link AccountDelete#onlyAccount}, all in one round trip): emptying them whole is the account's reset's
     * delete of them.
     */
    private static Set<String> accountsOnly(Connection c, Schema s, Set<String> tables, long accountId)
            throws SQLException {
        List<String> probes = new ArrayList<>();
        for (String table : tables) {
            if (s.accountColumns().contains(table)) {
                probes.add("SELECT '" + table + "', EXISTS (SELECT 1 FROM " + table + " WHERE account_id < " + accountId
                        + ") OR EXISTS (SELECT 1 FROM " + table + " WHERE account_id > " + accountId + ") OR EXISTS"
                        + " (SELECT 1 FROM " + table + " WHERE account_id IS NULL)");
            }
        }
        Set<String> out = new LinkedHashSet<>();
        if (probes.isEmpty()) {
            return out;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(String.join(" UNION ALL ", probes))) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    out.add(rs.getString(1));
                }
            }
        }
        // parents first, as the copy lists them
        Set<String> ordered = new LinkedHashSet<>(tables);
        ordered.retainAll(out);
        return ordered;
    }
}
