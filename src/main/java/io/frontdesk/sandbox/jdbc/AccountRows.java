package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.TableRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An account's rows in every table that has them, read for its reset (the state it goes back to). */
final class AccountRows {

    private final StoreAccess access;

    AccountRows(StoreAccess access) {
        this.access = access;
    }

    /**
     * On PostgreSQL one round trip for every table (the driver sends the statements of one prepared statement
     * together); on SQLite, which has no round trips, one compiled statement per table, kept between calls.
     */
    List<TableRows> read(long accountId) {
        return access.jdbc(c -> read(c, access.schema(c).tables(), accountId));
    }

    /**
     * The rows of an account made in the current transaction. On PostgreSQL only the tables this transaction has
     * inserted into are read (the transaction's own counters, {@code pg_stat_xact_user_tables}, which count the rows
     * of its triggers too): the account's id is new, so no other row holds it. Reading every table was 57 statements
     * in the round trip, and after a restore had swapped tables in, planning each swapped table's statement first
     * loaded its catalog entries again on that connection (17 ms for conversations alone in one creation, load 6).
     * SQLite reads every table, as {@link #read(long)}: it has no such counters and no round trips.
     */
    List<TableRows> readNew(long accountId) {
        return access.jdbc(c -> {
            List<String> tables = access.schema(c).tables();
            if (access.db().vendor() != DbVendor.POSTGRESQL) {
                return read(c, tables, accountId);
            }
            Set<String> written = new HashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT relname FROM"
                    + " pg_stat_xact_user_tables WHERE schemaname = current_schema() AND n_tup_ins > 0")) {
                while (rs.next()) {
                    written.add(rs.getString(1));
                }
            }
            return read(c, tables.stream().filter(written::contains).toList(), accountId);
        });
    }

    /** @param tables parents first; those without the account's rows are passed over */
    private List<TableRows> read(Connection c, List<String> tables, long accountId) throws SQLException {
        Schema s = access.schema(c);
        List<String> read = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            String where = table.equals("accounts") ? "id = ?"
                    : s.accountColumns().contains(table) ? "account_id = ?" : null;
            if (where != null) {
                read.add(table);
                selects.add("SELECT * FROM " + table + " WHERE " + where);
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        return access.db().vendor() == DbVendor.POSTGRESQL ? readTogether(c, read, selects, accountId)
                : readEach(read, selects, accountId);
    }

    private static List<TableRows> readTogether(Connection c, List<String> tables, List<String> selects,
                                                long accountId) throws SQLException {
        List<TableRows> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.join(";\n", selects))) {
            for (int i = 1; i <= selects.size(); i++) {
                ps.setLong(i, accountId);
            }
            boolean results = ps.execute();
            for (String table : tables) {
                if (!results) {
                    throw new SQLException("no result for " + table);
                }
                TableRows rows = read(table, ps.getResultSet());
                if (!rows.rows().isEmpty()) {
                    out.add(rows);
                }
                results = ps.getMoreResults();
            }
        }
        return out;
    }

    private List<TableRows> readEach(List<String> tables, List<String> selects, long accountId) {
        return access.db().withStatements(st -> {
            List<TableRows> out = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                List<String> columns = new ArrayList<>();
                List<List<Object>> rows = new ArrayList<>();
                st.forEach(selects.get(t), List.of(accountId), (rs, ctx) -> row(rs, columns), rows::add);
                if (!rows.isEmpty()) {
                    out.add(new TableRows(tables.get(t), columns, rows));
                }
            }
            return out;
        });
    }

    /** The current row's values; {@code columns} is filled from the first row. */
    private static List<Object> row(ResultSet rs, List<String> columns) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        if (columns.isEmpty()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        }
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            row.add(rs.getObject(i));
        }
        return row;
    }

    private static TableRows read(String table, ResultSet rs) throws SQLException {
        try (rs) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return new TableRows(table, columns, rows);
        }
    }
}
