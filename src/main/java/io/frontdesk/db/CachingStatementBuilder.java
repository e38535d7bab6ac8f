package io.frontdesk.db;

import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Jdbi's statements through the {@link StatementCache}; what the cache does not cover goes the default way. */
final class CachingStatementBuilder extends DefaultStatementBuilder {

    private final StatementCache cache;

    CachingStatementBuilder(StatementCache cache) {
        this.cache = cache;
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
            return super.create(connection, sql, context);
        }
        return cache.prepare(connection, sql);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (StatementCache.owns(statement)) {
            cache.release(sql, (PreparedStatement) statement);
        } else {
            super.close(connection, sql, statement);
        }
    }
}
