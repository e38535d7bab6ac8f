package io.frontdesk.db;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Plain JDBC for the few reads every request makes (the caller's credential, a customer by id). Each Jdbi statement
 * costs a statement context, named-argument binding through looked-up argument factories, templating and cleanup
 * hooks: on a customer GET that was a fifth of the server's CPU, more than SQLite's own work. These reads run on
 * {@link Database#withConnection}, inside the current transaction when there is one, and map rows with the stores'
 * own Jdbi {@link RowMapper}s (which read only the result set), so the SQL and the mapping stay where they were.
 */
public final class Statements {

    private Statements() {
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
    public static <T> void forEach(Connection connection, String sql, List<?> params, RowMapper<T> mapper,
                                   Consumer<T> sink) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapper.map(rs, null));
                }
            }
        } catch (SQLException e) {
            // the type Jdbi raises for the same failure, so callers translate errors the same way on both paths
            throw new UnableToExecuteStatementException(e, null);
        }
    }
}
