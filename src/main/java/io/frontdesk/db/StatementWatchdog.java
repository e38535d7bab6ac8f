package io.frontdesk.db;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long one use of a pooled connection by a request ({@link RequestWork}) may run, on both databases alike:
 * a request's reads or its service's transaction past the statement timeout has its running statement cancelled,
 * which fails it with the driver's cancellation error ({@link DatabaseFailures#timedOut}). SQLite has no server-side
 * timeout, and PostgreSQL's `statement_timeout` would also bind migrations and upkeep, which borrow from the same
 * pool; this binds only requests' work through {@link Database}.
 * <p>
 * One thread looks at the open uses four times a second; a use costs a map insertion and removal. The cancel is
 * PostgreSQL's cancel request or SQLite's {@code sqlite3_interrupt}, both safe from another thread, made under the
 * use's lock so that it never reaches a later borrower; a cancelled use's connection then leaves the pool.
 * <p>
 * A use that has run for {@link #ASK_CLIENT_AFTER_MILLIS} is cancelled as well once its request's client has left
 * ({@link RequestWork.Client}): nobody waits for its answer, and it would hold a connection and the database until the
 * timeout. The question is asked under the use's lock, so never after the use has ended.
 */
final class StatementWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatementWatchdog.class);
    private static final long SWEEP_MILLIS = 250;
    /** Most uses end well before this, so most requests' clients are never asked about. */
    static final long ASK_CLIENT_AFTER_MILLIS = 1000;

    private final DbVendor vendor;
    private final long timeoutNanos;
    /** By the borrowed connection (the pool's proxy, one per borrow). */
    private final Map<Connection, Use> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    StatementWatchdog(DbVendor vendor, Duration timeout) {
        this.vendor = vendor;
        this.timeoutNanos = timeout.toNanos();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "statement-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the connection the current thread just borrowed, when it serves a request. */
    void begin(Connection connection) {
        RequestWork.Client client = RequestWork.client();
        if (client == null) {
            return;
        }
        long now = System.nanoTime();
        open.put(connection, new Use(connection, client, now + ASK_CLIENT_AFTER_MILLIS * 1_000_000L,
                now + timeoutNanos));
    }

    /**
     * Stops watching: the connection goes back to the pool, unless this answers true: its statement was cancelled, and
     * the caller evicts it. SQLite keeps an interrupted statement's interrupt for the connection's next statements
     * while a cached statement is still open, and PostgreSQL's cancel request, being asynchronous, may land on the
     * connection's next statement; a fresh connection carries neither.
     */
    boolean end(Connection connection) {
        Use use = open.remove(connection);
        if (use == null) {
            return false;
        }
        return use.end();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Use use : open.values()) {
            if (now - use.deadline > 0) {
                use.cancel();
            } else if (now - use.askClientFrom > 0) {
                use.cancelIfClientGone();
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** One borrow of a connection, cancellable from the watchdog's thread until it ends. */
    private final class Use {

        private final Connection connection;
        private final RequestWork.Client client;
        private final long askClientFrom;
        private final long deadline;
        private boolean ended;
        private boolean cancelled;

        private Use(Connection connection, RequestWork.Client client, long askClientFrom, long deadline) {
            this.connection = connection;
            this.client = client;
            this.askClientFrom = askClientFrom;
            this.deadline = deadline;
        }

        /** Cancels the statement running now, if the connection is still borrowed; once. */
        private synchronized void cancel() {
            if (!ended && !cancelled) {
                cancelNow();
            }
        }

        /** Cancels the statement running now when the request's client has left. */
        private synchronized void cancelIfClientGone() {
            if (ended || cancelled) {
                return;
            }
            boolean gone;
            try {
                gone = client.gone();
            } catch (RuntimeException e) {
                LOG.warn("could not tell whether a client is still connected: {}", e.toString());
                return;
            }
            if (gone) {
                LOG.debug("cancelling a statement: its client has left");
                cancelNow();
            }
        }

        private void cancelNow() {
            cancelled = true;
            try {
                if (vendor == DbVendor.POSTGRESQL) {
                    connection.unwrap(PGConnection.class).cancelQuery();
                } else {
                    connection.unwrap(SQLiteConnection.class).getDatabase().interrupt();
                }
            } catch (SQLException e) {
                LOG.warn("could not cancel a statement: {}", e.getMessage());
            }
        }

        /** Ends the use; true when it was cancelled. */
        private synchronized boolean end() {
            ended = true;
            return cancelled;
        }
    }
}
