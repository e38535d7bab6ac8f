package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's database for the sandbox's JDBC work, and what it reads of the schema once: the tables
 * ({@link Schema}), an account's deletes ({@link AccountDelete}) and PostgreSQL's tables with statement-level delete
 * triggers ({@link PostgresWipe#noticeTables}).
 */
final class StoreAccess {

    private final Database db;
    private volatile Schema schema;
    private volatile AccountDelete accountDelete;
    private volatile List<String> noticeTables;

    StoreAccess(Database db) {
        this.db = db;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    Database db() {
        return db;
    }

    /** {@code work} on a handle of the pool (in the caller's transaction, if any). */
    <T> T jdbc(Work<T> work) {
        return db.withHandle(h -> {
            try {
                return work.run(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("sandbox: " + e.getMessage(), e);
            }
        });
    }

    Schema schema(Connection c) throws SQLException {
        Schema s = schema;
        if (s == null) {
            s = Schema.read(c, db.vendor());
            schema = s;
        }
        return s;
    }

    AccountDelete accountDelete(Schema s) {
        AccountDelete d = accountDelete;
        if (d == null) {
            d = AccountDelete.of(s);
            accountDelete = d;
        }
        return d;
    }

    List<String> noticeTables(Connection c) throws SQLException {
        List<String> t = noticeTables;
        if (t == null) {
            t = PostgresWipe.noticeTables(c);
            noticeTables = t;
        }
        return t;
    }
}
