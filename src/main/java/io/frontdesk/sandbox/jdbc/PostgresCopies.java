package io.frontdesk.sandbox.jdbc;

import io.frontdesk.sandbox.DatabaseCopy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's snapshots: every data table read out with {@code COPY … TO STDOUT} in binary form in one
 * repeatable-read transaction, and written back with {@code COPY … FROM STDIN} after the store is emptied, in one
 * transaction (docs/sandbox.md, "Snapshots"). Our insert triggers (the customer counts) are set aside while the rows
 * go back, since the tables they keep are copied as they were; the notices other nodes empty their caches on were
 * already sent by the emptying's TRUNCATE triggers.
 */
final class PostgresCopies {

    /** One table's rows in COPY's binary form. */
    record TableCopy(String table, byte[] data, long rows) {
    }

    record CopiedTables(List<TableCopy> tables, Map<String, Long> sequences) implements DatabaseCopy {

        CopiedTables {
            tables = List.copyOf(tables);
            sequences = Map.copyOf(sequences);
        }

        @Override
        public long rows() {
            return tables.stream().mapToLong(TableCopy::rows).sum();
        }
    }

    private PostgresCopies() {
    }

    /** In a transaction that has run no statement yet: it becomes repeatable read, so every table is of one moment. */
    static CopiedTables save(Connection c, Schema schema) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<TableCopy> tables = new ArrayList<>();
        for (String table : schema.tables()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                long rows = copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                tables.add(new TableCopy(table, out.toByteArray(), rows));
            } catch (IOException e) {
                throw new SQLException("COPY of " + table + " failed: " + e.getMessage(), e);
            }
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                if (!rs.wasNull()) {
                    sequences.put(rs.getString(1), value);
                }
            }
        }
        return new CopiedTables(tables, sequences);
    }

    /**
     * In the current transaction, on a store just emptied (sequences at their start).
     *
     * @param quiet triggers are off for the transaction already ({@link PostgresWipe#quiet})
     */
    static void load(Connection c, CopiedTables copy, boolean quiet) throws SQLException {
        List<String> quieted = quiet ? List.of() : rowInsertTriggers(c);
        try (Statement st = c.createStatement()) {
            for (String trigger : quieted) {
                st.execute("ALTER TABLE " + trigger.substring(0, trigger.indexOf(' ')) + " DISABLE TRIGGER "
                        + trigger.substring(trigger.indexOf(' ') + 1));
            }
        }
        CopyManager manager = c.unwrap(PGConnection.class).getCopyAPI();
        for (TableCopy table : copy.tables()) {
            if (table.rows() == 0) {
                continue;
            }
            try {
                manager.copyIn("COPY " + table.table() + " FROM STDIN (FORMAT binary)",
                        new ByteArrayInputStream(table.data()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table.table() + " failed: " + e.getMessage(), e);
            }
        }
        try (Statement st = c.createStatement()) {
            for (String trigger : quieted) {
                st.execute("ALTER TABLE " + trigger.substring(0, trigger.indexOf(' ')) + " ENABLE TRIGGER "
                        + trigger.substring(trigger.indexOf(' ') + 1));
            }
        }
        for (Map.Entry<String, Long> seq : copy.sequences().entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(quote_ident(?), ?, true)")) {
                ps.setString(1, seq.getKey());
                ps.setLong(2, seq.getValue());
                ps.execute();
            }
        }
    }

    /** "table trigger" of every enabled trigger of ours that fires on insert (tgtype bit 4), row or statement level. */
    private static List<String> rowInsertTriggers(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT quote_ident(cl.relname),"
                + " quote_ident(t.tgname) FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid"
                + " JOIN pg_namespace ns ON ns.oid = cl.relnamespace WHERE NOT t.tgisinternal"
                + " AND ns.nspname = current_schema() AND t.tgenabled <> 'D' AND (t.tgtype & 4) = 4"
                + " ORDER BY 1, 2")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }
}
