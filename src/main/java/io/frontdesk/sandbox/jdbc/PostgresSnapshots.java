package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * PostgreSQL's snapshots ({@link PostgresCopies}): saved, restored (by difference, with a spare swapped in where
 * one is ready or coming) and discarded, and which copy the store last equalled, for the resets' set-aside.
 */
final class PostgresSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSnapshots.class);

    private final StoreAccess access;
    private final Database db;
    private final SpareWorker spares;
    /**
     * The copy last saved or restored: its mark is the newest, so a reset checks the tables it empties against it,
     * and sets them aside as its spare when they are still its rows. Null when discarded.
     */
    private volatile PostgresCopies.CopiedTables latest;

    PostgresSnapshots(StoreAccess access, SpareWorker spares) {
        this.access = access;
        this.db = access.db();
        this.spares = spares;
    }

    PostgresCopies.CopiedTables latest() {
        return latest;
    }

    PostgresCopies.CopiedTables copy() {
        Schema s = access.jdbc(access::schema);
        // no spare yet: made at the copy's first restore, so a snapshot never restored costs none
        PostgresCopies.CopiedTables saved = db.inTransaction(() -> access.jdbc(c -> PostgresCopies.save(c, s)));
        latest = saved;
        return saved;
    }

    void restore(PostgresCopies.CopiedTables tables) {
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
            spares.keep(keepFor, done.setAside());
        }
        if (done.usedSpare()) {
            tables.stock().uncheck(done.unchecked());
        }
        if (done.usedSpare() || ((tables.stock().wanting() || tables.stock().wantingEmpties()) && restoresFast())) {
            spares.stockUp(tables);
        }
    }

    /** One restore transaction, with a ready spare of the copy taken for it and given back unless it was used. */
    private PostgresCopies.Restored restore(PostgresCopies.CopiedTables tables, boolean mayWait,
                                            PostgresCopies.CopiedTables keepFor) {
        Spare spare = tables.stock().take();
        boolean wait = mayWait && spare == null && !tables.stock().building().isDone();
        PostgresCopies.Restored done = null;
        try {
            done = db.inTransaction(() -> access.jdbc(c -> {
                AccountLocks.store(c, db.vendor());
                Schema s = access.schema(c);
                if (PostgresWipe.quiet(c)) {
                    PostgresCopies.Restored made = PostgresCopies.restoreDifference(c, tables, spare, wait,
                            keepFor);
                    PostgresWipe.triggersBack(c, access.noticeTables(c));
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

    void discard(PostgresCopies.CopiedTables tables) {
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
        db.inTransaction(() -> access.jdbc(c -> {
            PostgresCopies.drop(c, tables);
            SpareTables.drop(c, tables.stock().names(tables.schema()));
            return null;
        }));
    }

    /** Null until asked: whether this role may run a transaction quiet ({@link PostgresWipe#quiet}). */
    private volatile Boolean quiet;

    /**
     * PostgreSQL puts back the difference when the role may run quiet, else every row through the foreign-key checks,
     * which is no cheaper than emptying the store and running first start.
     */
    boolean restoresFast() {
        Boolean q = quiet;
        if (q == null) {
            q = db.inTransaction(() -> access.jdbc(PostgresWipe::quiet));
            quiet = q;
        }
        return q;
    }
}
