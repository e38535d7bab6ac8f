package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The PostgreSQL copies' work after an answer, on one thread of its own: spares built ({@link SpareTables}), empty
 * tables made ahead for resets, the tables a reset set aside kept as spares, used spares' schemas dropped and the
 * keys a swap left unchecked validated.
 */
final class SpareWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SpareWorker.class);

    private final StoreAccess access;
    private final Database db;
    /** One thread for every copy's spares: their builds are the heavy part, and they wait for nothing but the store. */
    private final ThreadPoolExecutor spareWork = spareWork();

    SpareWorker(StoreAccess access) {
        this.access = access;
        this.db = access.db();
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

    /**
     * Once a reset that set tables aside has committed: they are the next spare of their copy (dropped after the
     * answer if the copy was discarded meanwhile); the keys the swap left unchecked are validated and new empties made.
     */
    void keep(PostgresCopies.CopiedTables owner, SetAside aside) {
        SpareStock stock = owner.stock();
        if (!stock.keep(aside.spare())) {
            stock.bury(aside.spare());
        }
        if (aside.leftover() != null) {
            stock.bury(new Spare(aside.leftover(), Set.of()));
        }
        stock.uncheck(aside.unchecked());
        stockUp(owner);
    }

    /**
     * After the answer, on the spares' thread: the foreign keys a swap left unchecked validated, then the copy's
     * spares built until {@link SpareStock#DEPTH} are ready. A failure only costs the spare: a restore without
     * one puts the difference back.
     */
    void stockUp(PostgresCopies.CopiedTables copy) {
        if (copy.spared().isEmpty()) {
            return;
        }
        SpareStock stock = copy.stock();
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
                                () -> db.inTransaction(() -> access.jdbc(c -> {
                                    AccountLocks.account(c, db.vendor(), 0);
                                    return SpareTables.create(c, name, copy.spared());
                                })));
                        db.inTransaction(() -> access.jdbc(c -> {
                            SpareTables.fill(c, name, copy, indexes);
                            return null;
                        }));
                        LOG.debug("sandbox: spare {} built in {} ms", name, (System.nanoTime() - building) / 1_000_000);
                        if (!stock.add(new Spare(name, copy.spared()))) {
                            db.inTransaction(() -> access.jdbc(c -> {
                                SpareTables.drop(c, List.of(name));
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
        SpareStock stock = copy.stock();
        String name = stock.nextName(copy.schema());
        long building = System.nanoTime();
        Spare made = withLiveTables(stock, () -> db.inTransaction(() -> access.jdbc(c -> {
            AccountLocks.account(c, db.vendor(), 0);
            return SpareTables.empties(c, name, copy.spared());
        })));
        LOG.debug("sandbox: empties {} made in {} ms", name, (System.nanoTime() - building) / 1_000_000);
        if (!stock.giveEmpties(made)) {
            db.inTransaction(() -> access.jdbc(c -> {
                SpareTables.drop(c, List.of(name));
                return null;
            }));
        }
    }

    /** The used spares' schemas and the tables set aside dropped, the keys a swap left unchecked validated. */
    private void houseKeeping(SpareStock stock) {
        List<String> graves = stock.takeGraves();
        if (!graves.isEmpty()) {
            db.inTransaction(() -> access.jdbc(c -> {
                SpareTables.drop(c, graves);
                return null;
            }));
        }
        List<UncheckedKey> keys = stock.takeUnchecked();
        if (!keys.isEmpty()) {
            withLiveTables(stock, () -> db.inTransaction(() -> access.jdbc(c -> {
                // shared, as a fold: a restore (which takes it whole) never waits on these locks halfway
                AccountLocks.account(c, db.vendor(), 0);
                TableSwap.validate(c, keys);
                return null;
            })));
        }
    }

    /** {@code work} (a transaction that locks live tables) while holding {@link SpareStock#liveTables}. */
    private static <T> T withLiveTables(SpareStock stock, Supplier<T> work) {
        stock.liveTables().lock();
        try {
            return work.get();
        } finally {
            stock.liveTables().unlock();
        }
    }
}
