package io.frontdesk.event.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.error.ApiException;
import io.frontdesk.event.CustomerEvent;
import io.frontdesk.event.CustomerEventStore;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link CustomerEventStore} on SQLite and PostgreSQL alike. */
public final class JdbcCustomerEventStore implements CustomerEventStore {

    private static final RowMapper<CustomerEvent> EVENT = (rs, ctx) -> new CustomerEvent(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("customer_id"), rs.getString("name"), rs.getString("data"),
            Rows.instant(rs, "created_at"));

    private final Database db;

    public JdbcCustomerEventStore(Database db) {
        this.db = db;
    }

    @Override
    public CustomerEvent insert(long accountId, long customerId, String name, String data, Instant now) {
        try {
            long id = db.withHandle(h -> h.createQuery("""
                            INSERT INTO customer_events (account_id, customer_id, name, data, created_at)
                            VALUES (:account, :customer, :name, :data, :now) RETURNING id""")
                    .bind("account", accountId).bind("customer", customerId).bind("name", name).bind("data", data)
                    .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
            return new CustomerEvent(id, accountId, customerId, name, data, Instant.ofEpochMilli(now.toEpochMilli()));
        } catch (UnableToExecuteStatementException e) {
            if (isForeignKeyViolation(e)) {
                throw ApiException.notFound("Customer not found");
            }
            throw e;
        }
    }

    @Override
    public List<CustomerEvent> list(long accountId, long customerId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT * FROM customer_events WHERE account_id = :account AND customer_id = :customer
                        ORDER BY id""")
                .bind("account", accountId).bind("customer", customerId).map(EVENT).list());
    }

    /** PostgreSQL's SQLSTATE 23503, or SQLite's "FOREIGN KEY constraint failed". */
    private static boolean isForeignKeyViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23503".equals(sql.getSQLState())
                    || sql.getMessage() != null && sql.getMessage().contains("FOREIGN KEY"))) {
                return true;
            }
        }
        return false;
    }
}
