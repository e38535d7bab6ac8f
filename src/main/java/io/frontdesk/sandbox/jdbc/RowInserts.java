package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.TableRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Rows read by {@link AccountRows} written back as they were, ids included, in the current transaction. */
final class RowInserts {

    private RowInserts() {
    }

    static void insertAll(Connection c, DbVendor vendor, List<TableRows> rows) throws SQLException {
        for (TableRows table : rows) {
            insert(c, vendor, table);
        }
    }

    private static void insert(Connection c, DbVendor vendor, TableRows table) throws SQLException {
        String columns = String.join(", ", table.columns());
        String marks = String.join(", ", table.columns().stream().map(x -> "?").toList());
        // An identity column GENERATED ALWAYS takes an explicit id only when told to.
        String overriding = vendor == DbVendor.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table.table() + " (" + columns + ")"
                + overriding + " VALUES (" + marks + ")")) {
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    ps.setObject(i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
