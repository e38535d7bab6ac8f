package io.frontdesk.bench;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads generated customers straight into the schema, the way an import job would, keeping every index the server
 * relies on. SQLite: the full-text triggers are set aside, rows go in as batched inserts in large transactions, then
 * the trigram table is rebuilt in one statement and the triggers restored (a single bulk FTS5 insert is about eight
 * times faster than row-by-row maintenance). PostgreSQL: the secondary indexes are dropped, the rows COPYed, and the
 * indexes rebuilt from their own definitions, far cheaper than maintaining them row by row.
 */
final class BulkLoader {

    private static final int CHUNK = 50_000;

    private BulkLoader() {
    }

    /** Loads customers 1..count (ids offset past any existing row) into the account; returns the first id used. */
    static long load(Database db, long accountId, long count, CustomerGenerator generator) {
        try (Connection connection = db.dataSource().getConnection()) {
            long firstId = nextId(connection);
            if (db.vendor() == DbVendor.POSTGRESQL) {
                copy(connection, accountId, firstId, count, generator);
            } else {
                insert(connection, accountId, firstId, count, generator);
            }
            return firstId;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load failed", e);
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM customers")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Same columns as the backfill in V7__search_indexes.sql, whose triggers keep the table current afterwards. */
    private static final String REBUILD_SQLITE_FTS = """
            INSERT INTO customer_fts (rowid, first_name, last_name, full_name, emails, phones, organization, job_title,
                                      location)
            SELECT c.id, c.first_name, c.last_name, TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')),
                   (SELECT group_concat(e.value, char(10)) FROM customer_entries e
                    WHERE e.customer_id = c.id AND e.kind = 'email'),
                   (SELECT group_concat(e.value, char(10)) FROM customer_entries e
                    WHERE e.customer_id = c.id AND e.kind = 'phone'),
                   c.organization, c.job_title, c.location
            FROM customers c WHERE c.id >= ?""";

    private static void insert(Connection connection, long accountId, long firstId, long count,
                               CustomerGenerator generator) throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
                triggers.add(rs.getString(2));
            }
            for (String name : names) {
                s.execute("DROP TRIGGER " + name);
            }
        }
        insertRows(connection, accountId, firstId, count, generator);
        try (PreparedStatement rebuild = connection.prepareStatement(REBUILD_SQLITE_FTS);
             Statement s = connection.createStatement()) {
            rebuild.setLong(1, firstId);
            rebuild.execute();
            for (String trigger : triggers) {
                s.execute(trigger);
            }
        }
    }

    private static void insertRows(Connection connection, long accountId, long firstId, long count,
                                   CustomerGenerator generator) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            // A bulk load inserts into several large indexes in random key order; the default 2 MB page cache would
            // turn most of those inserts into reads.
            pragma.execute("PRAGMA cache_size = -262144");
        }
        connection.setAutoCommit(false);
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA defer_foreign_keys = ON");
        }
        try (PreparedStatement customers = connection.prepareStatement("""
                INSERT INTO customers (id, account_id, first_name, last_name, organization, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement entries = connection.prepareStatement("""
                     INSERT INTO customer_entries (account_id, customer_id, kind, value, value_lower, value_domain, type)
                     VALUES (?, ?, 'email', ?, ?, ?, 'work')""")) {
            for (long n = 0; n < count; n++) {
                CustomerGenerator.Generated c = generator.customer(n);
                long id = firstId + n;
                customers.setLong(1, id);
                customers.setLong(2, accountId);
                customers.setString(3, c.firstName());
                customers.setString(4, c.lastName());
                customers.setString(5, c.organization());
                customers.setLong(6, c.createdAtMillis());
                customers.setLong(7, c.createdAtMillis());
                customers.addBatch();
                for (String email : c.emails()) {
                    entries.setLong(1, accountId);
                    entries.setLong(2, id);
                    entries.setString(3, email);
                    entries.setString(4, email.toLowerCase(Locale.ROOT));
                    entries.setString(5, email.substring(email.indexOf('@') + 1));
                    entries.addBatch();
                }
                if ((n + 1) % CHUNK == 0 || n + 1 == count) {
                    entries.executeBatch();
                    customers.executeBatch();
                    connection.commit();
                    try (Statement pragma = connection.createStatement()) {
                        pragma.execute("PRAGMA defer_foreign_keys = ON");
                    }
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
    }

    private static void copy(Connection connection, long accountId, long firstId, long count,
                             CustomerGenerator generator) throws SQLException, IOException {
        SecondaryIndexes indexes;
        try (Statement s = connection.createStatement()) {
            indexes = SecondaryIndexes.drop(s, "i.tablename IN ('customers', 'customer_entries')");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (long start = 0; start < count; start += CHUNK) {
            long end = Math.min(count, start + CHUNK);
            StringBuilder customers = new StringBuilder();
            StringBuilder entries = new StringBuilder();
            for (long n = start; n < end; n++) {
                CustomerGenerator.Generated c = generator.customer(n);
                long id = firstId + n;
                customers.append(id).append(',').append(accountId).append(',').append(c.firstName()).append(',')
                        .append(c.lastName()).append(',').append(c.organization()).append(',')
                        .append(c.createdAtMillis()).append(',').append(c.createdAtMillis()).append('\n');
                for (String email : c.emails()) {
                    entries.append(accountId).append(',').append(id).append(",email,").append(email).append(',')
                            .append(email.toLowerCase(Locale.ROOT)).append(',')
                            .append(email.substring(email.indexOf('@') + 1)).append(",work\n");
                }
            }
            copy.copyIn("COPY customers (id, account_id, first_name, last_name, organization, created_at, updated_at)"
                    + " FROM STDIN (FORMAT csv)", new StringReader(customers.toString()));
            copy.copyIn("COPY customer_entries (account_id, customer_id, kind, value, value_lower, value_domain, type)"
                    + " FROM STDIN (FORMAT csv)", new StringReader(entries.toString()));
        }
        try (Statement s = connection.createStatement()) {
            indexes.recreate(s);
            s.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT MAX(id) FROM customers))");
            s.execute("SELECT setval(pg_get_serial_sequence('customer_entries', 'id'),"
                    + " (SELECT MAX(id) FROM customer_entries))");
            s.execute("ANALYZE customers");
            s.execute("ANALYZE customer_entries");
        }
    }
}
