package io.frontdesk.db;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Plain JDBC for the statements every request makes (the caller's credential, a customer by id, the writes of the main
 * creates). Each Jdbi statement costs a statement context, named-argument binding through looked-up argument
 * factories, templating and cleanup hooks: on a customer GET that was a fifth of the server's CPU, more than SQLite's
 * own work, and in a write it is time spent holding SQLite's one write lock. These statements run through
 * {@link Database#withStatements}, inside the current transaction when there is one, and map rows with the stores'
 * own Jdbi {@link RowMapper}s (which read only the result set), so the SQL and the mapping stay where they were.
 * Parameters are positional; {@code null} binds SQL NULL.
 */
public final class Statements {

    private final Connection connection;
    private final StatementCache cache;
    private final boolean planEachRun;

    /** @param cache SQLite's compiled statements, or null to prepare each statement afresh */
    Statements(Connection connection, StatementCache cache) {
        this(connection, cache, false);
    }

    /**
     * @param planEachRun PostgreSQL: never make the statements server-prepared ({@link Database#withAnalysis}), so each
     *                    run is planned for its own parameters
     */
    Statements(Connection connection, StatementCache cache, boolean planEachRun) {
        this.connection = connection;
        this.cache = cache;
        this.planEachRun = planEachRun && cache == null;
    }

    /** `?, ?, ?` for an `IN (…)` of {@code count} values. */
    public static String placeholders(int count) {
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            marks.add("?");
        }
        return marks.toString();
    }

    /** Runs {@code sql} with positional {@code params} and hands each mapped row to {@code sink}. */
    public <T> void forEach(String sql, List<?> params, RowMapper<T> mapper, Consumer<T> sink) {
        run(sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs, null));
                }
            }
            return null;
        });
    }

    /** The first row of {@code sql}, mapped, if there is one. */
    public <T> Optional<T> first(String sql, List<?> params, RowMapper<T> mapper) {
        return run(sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs, null)) : Optional.empty();
            }
        });
    }

    /** The one long an `INSERT … RETURNING id` (or any one-row, one-column query) answers. */
    public long returningLong(String sql, List<?> params) {
        return run(sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row returned: " + sql);
                }
                return rs.getLong(1);
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the rows it changed. */
    public int update(String sql, List<?> params) {
        return run(sql, params, PreparedStatement::executeUpdate);
    }

    /** Positional parameters, nulls allowed (which {@link List#of} refuses). */
    public static List<Object> params(Object... values) {
        return Arrays.asList(values);
    }

    private interface Execution<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, List<?> params, Execution<T> execution) {
        try {
            PreparedStatement statement = cache != null ? cache.prepare(connection, sql)
                    : connection.prepareStatement(sql);
            if (planEachRun) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            try {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                return execution.run(statement);
            } finally {
                if (cache != null) {
                    cache.release(sql, statement);
                } else {
                    statement.close();
                }
            }
        } catch (SQLException e) {
            // the type Jdbi raises for the same failure, so callers translate errors the same way on both paths
            throw new UnableToExecuteStatementException(e, null);
        }
    }
}
