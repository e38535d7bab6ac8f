package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.TableRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows read by {@link AccountRows} written back as they were, ids included, in the current transaction. */
final class RowInserts {

    /**
     * Most values sent in one round trip on PostgreSQL; an account's first rows are a few dozen. The driver allows
     * 32,767 parameters to a statement.
     */
    static final int ONE_ROUND_TRIP_VALUES = 10_000;

    private RowInserts() {
    }

    static void insertAll(Connection c, DbVendor vendor, List<TableRows> rows) throws SQLException {
        if (vendor == DbVendor.POSTGRESQL && values(rows) <= ONE_ROUND_TRIP_VALUES) {
            insertTogether(c, rows);
            return;
        }
        for (TableRows table : rows) {
            insert(c, vendor, table);
        }
    }

    /**
     * Every row's insert in one prepared statement, which the driver sends in one round trip: a reset wrote its
     * account's first rows table by table, a round trip each (four), each a wait for a core on a loaded machine.
     */
    private static void insertTogether(Connection c, List<TableRows> rows) throws SQLException {
        List<String> inserts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (TableRows table : rows) {
            String sql = sql(table, DbVendor.POSTGRESQL);
            for (List<Object> row : table.rows()) {
                inserts.add(sql);
                values.addAll(row);
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(String.join(";\n", inserts))) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.execute();
        }
    }

    private static void insert(Connection c, DbVendor vendor, TableRows table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql(table, vendor))) {
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    ps.setObject(i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String sql(TableRows table, DbVendor vendor) {
        String columns = String.join(", ", table.columns());
        String marks = String.join(", ", table.columns().stream().map(x -> "?").toList());
        // An identity column GENERATED ALWAYS takes an explicit id only when told to.
        String overriding = vendor == DbVendor.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "";
        return "INSERT INTO " + table.table() + " (" + columns + ")" + overriding + " VALUES (" + marks + ")";
    }

    private static long values(List<TableRows> rows) {
        return rows.stream().mapToLong(t -> (long) t.rows().size() * t.columns().size()).sum();
    }
}
