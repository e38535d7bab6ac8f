package io.frontdesk.db;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Where PostgreSQL requests queue for a connection, in arrival order, before they reach the pool: a permit per pooled
 * connection, so the pool itself has no waiters (only {@link Maintenance} and the readiness probe borrow past it).
 * <p>
 * HikariCP hands a returned connection to a waiting thread by spinning on {@code Thread.yield()} until that thread
 * has taken it ({@code ConcurrentBag.requite}). With 32 request threads on PostgreSQL's five connections and two
 * cores that spinning was 7,700 {@code sched_yield} calls a second, and a waiter could be overtaken by threads that
 * came after it: a customer GET's p99 was 47-50 ms. Parked on a fair semaphore instead, each waiter sleeps once and
 * wakes with its permit: p99 15 ms, and more GETs, searches and creates a second (docs/benchmarks.md, sixth round).
 * <p>
 * SQLite has none: its reads take microseconds, so waking the next waiter for every release cost more than the
 * spinning (a GET lost 40% of its throughput behind a fair gate), and its writes already queue on
 * {@link Database}'s fair writer lock.
 */
final class ConnectionGate {

    private static final ConnectionGate OPEN = new ConnectionGate(null, 0);

    private final Semaphore permits;
    private volatile long timeoutMillis;

    private ConnectionGate(Semaphore permits, long timeoutMillis) {
        this.permits = permits;
        this.timeoutMillis = timeoutMillis;
    }

    /** A gate of {@code connections} permits that a borrower waits at for up to {@code timeoutMillis}. */
    static ConnectionGate fair(int connections, long timeoutMillis) {
        return new ConnectionGate(new Semaphore(connections, true), timeoutMillis);
    }

    /** No gate: every borrower goes straight to the pool. */
    static ConnectionGate open() {
        return OPEN;
    }

    /**
     * Waits for a permit, as long as the pool would wait for a connection, and fails as the pool would: a
     * transient connection error that names the wait.
     */
    void enter() throws SQLTransientConnectionException {
        if (permits == null) {
            return;
        }
        boolean entered;
        try {
            entered = permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a database connection", e);
        }
        if (!entered) {
            throw new SQLTransientConnectionException(
                    "no database connection became free within " + timeoutMillis + " ms");
        }
    }

    /** Changes how long later borrowers wait: shorter while the database is unreachable. */
    void timeout(long millis) {
        timeoutMillis = millis;
    }

    /** Gives back the permit an {@link #enter} took. */
    void leave() {
        if (permits != null) {
            permits.release();
        }
    }

    /** Borrowers waiting for a permit now, for tests. */
    int waiting() {
        return permits == null ? 0 : permits.getQueueLength();
    }
}
