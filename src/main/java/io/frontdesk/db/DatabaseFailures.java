package io.frontdesk.db;

import io.frontdesk.error.ApiException;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * Reads what a database failure means for the client: a statement cancelled by the statement timeout (or because its
 * client left), or a database that cannot be reached. Neither is the client's mistake nor a crash: the web layer
 * answers them without an incident.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Runs a search the client composed; one cancelled by the statement timeout is the client's search being too
     * costly, answered as a bad request in the dialect's format rather than as the server's failure.
     */
    public static <T> T search(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw ApiException.badRequest("The search took too long; narrow it with fewer or more specific terms");
            }
            throw e;
        }
    }

    /** True when a statement in {@code failure}'s causes was cancelled: PostgreSQL 57014, SQLite's interrupt. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite
                    && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT) {
                return true;
            }
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the database could not be reached or refused the session: no connection in time (the pool's or the
     * gate's wait), a connection failure (SQLState class 08), the server shutting down or starting (57P01-57P03), too
     * many connections (53300), or the database gone (3D000).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof PSQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                        || state.equals("3D000")) {
                    return true;
                }
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }
}
