package io.frontdesk.db;

import org.sqlite.SQLiteConnection;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled statements kept per SQLite connection, so a statement is compiled once per connection instead of once per
 * use. SQLite compiles every statement it is given and sqlite-jdbc keeps nothing; in profiles the compile
 * ({@code NativeDB.prepare}) was a tenth of a write's time under SQLite's one write lock. PostgreSQL's driver already
 * keeps server-side prepared statements per connection, so this is SQLite's alone.
 *
 * <p>Statements are prepared on the physical connection, out of the pool's sight (the pool closes the statements it
 * knows of whenever a connection goes back). A statement is taken out of the cache while in use and put back when
 * done, reset, so a statement nested in its own use gets a fresh one and nothing cached holds a read snapshot open.
 */
final class StatementCache {

    /** Statements kept per connection, least recently used evicted: enough for every fixed statement of the server. */
    static final int PER_CONNECTION = 256;

    private final Map<SQLiteConnection, Kept> connections = new ConcurrentHashMap<>();

    /** A statement for {@code sql} on the connection under {@code connection}: cached, or compiled now. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
        Kept kept = connections.get(physical);
        if (kept == null) {
            // a new physical connection: the pool may have retired others, whose statements go with them
            connections.keySet().removeIf(StatementCache::closed);
            kept = connections.computeIfAbsent(physical, c -> new Kept());
        }
        PreparedStatement statement = kept.remove(sql);
        return statement != null ? statement : physical.prepareStatement(sql);
    }

    /** Hands a statement from {@link #prepare} back: reset and kept, or closed when one is kept already. */
    void release(String sql, PreparedStatement statement) throws SQLException {
        CoreStatement core = (CoreStatement) statement;
        Kept kept = connections.get(core.conn);
        if (kept == null || core.pointer.isClosed() || core.conn.isClosed()) {
            statement.close();
            return;
        }
        core.pointer.safeRunConsume(DB::reset);
        statement.clearParameters();
        if (kept.putIfAbsent(sql, statement) != null) {
            statement.close();
        }
    }

    /**
     * Compiles again every statement kept for the connection under {@code connection}, which the caller holds: after
     * the schema changed under it (a snapshot restored), each would otherwise be compiled again by SQLite at its next
     * use, inside whatever request comes next. Answers how many were compiled.
     */
    int recompile(Connection connection) throws SQLException {
        SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
        Kept kept = connections.get(physical);
        if (kept == null) {
            return 0;
        }
        List<String> sqls = new ArrayList<>(kept.keySet());
        for (String sql : sqls) {
            PreparedStatement old = kept.remove(sql);
            if (old != null) {
                old.close();
            }
            kept.put(sql, physical.prepareStatement(sql));
        }
        return sqls.size();
    }

    /** Whether {@code statement} came from {@link #prepare}: the pool's own statements are its proxies. */
    static boolean owns(java.sql.Statement statement) {
        return statement instanceof CoreStatement;
    }

    /** Statements kept for the connection under {@code connection}. */
    int size(Connection connection) {
        try {
            Kept kept = connections.get(connection.unwrap(SQLiteConnection.class));
            return kept == null ? 0 : kept.size();
        } catch (SQLException e) {
            throw new IllegalArgumentException("not a SQLite connection", e);
        }
    }

    private static boolean closed(SQLiteConnection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** One connection's statements by SQL; only the thread holding the connection touches it. */
    private static final class Kept extends LinkedHashMap<String, PreparedStatement> {

        Kept() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException e) {
                // the statement is dropped either way; a failed finalize leaves nothing to undo
            }
            return true;
        }
    }
}
