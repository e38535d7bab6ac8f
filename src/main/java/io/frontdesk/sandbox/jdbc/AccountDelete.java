package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an account owns deleted table by table, children first, for its reset: by {@code account_id} where a
 * table has one (those without a foreign key to the account too: events, report facts and rollups), and through the
 * table's cascading foreign keys where it has none (a conversation's tags, a delivery's attempts). One statement per
 * table costs its rows and their indexes; a delete of the account row alone cascaded row by row instead, each deleted
 * parent looking for its children in every table that references it (34,000 rows: 0.4 to 0.9 s). With foreign-key
 * actions off (PostgreSQL's {@code replica} role) the statements leave nothing behind since every child goes before its
 * parent; with them on, the cascades find nothing left to do.
 *
 * @param statements children first, the account's own row last; each {@code ?} is the account's id
 */
record AccountDelete(List<String> statements) {

    AccountDelete {
        statements = List.copyOf(statements);
    }

    static AccountDelete of(Schema schema) {
        List<String> statements = new ArrayList<>();
        List<String> children = new ArrayList<>(schema.tables());
        Collections.reverse(children);
        for (String table : children) {
            if (table.equals("accounts")) {
                continue;
            }
            if (schema.accountColumns().contains(table)) {
                statements.add("DELETE FROM " + table + " WHERE account_id = ?");
                continue;
            }
            // a row goes when any parent it cascades from goes: one delete per such key, each by that key's index
            for (Schema.Cascade key : schema.cascades().getOrDefault(table, List.of())) {
                String parent = owned(schema, key.parent(), new HashSet<>());
                if (parent != null) {
                    // The uncorrelated EXISTS is a one-time filter: on an empty table the parent's rows are never
                    // read. Without it PostgreSQL read the account's 10,000 customers into a hash for each of the
                    // five empty tables that hang off them (tags, property values, addresses, …), a third of the
                    // seeded account's reset (docs/sandbox.md, "Reset").
                    statements.add("DELETE FROM " + table + " WHERE EXISTS (SELECT 1 FROM " + table + ") AND "
                            + key.column() + " IN (SELECT " + key.parentColumn() + " FROM " + key.parent()
                            + " WHERE " + parent + ")");
                }
            }
        }
        statements.add("DELETE FROM accounts WHERE id = ?");
        return new AccountDelete(statements);
    }

    /** The condition on {@code table}'s rows that the account owns, or null when its rows belong to no account. */
    private static String owned(Schema schema, String table, Set<String> seen) {
        if (table.equals("accounts")) {
            return "id = ?";
        }
        if (schema.accountColumns().contains(table)) {
            return "account_id = ?";
        }
        if (!seen.add(table)) {
            return null;
        }
        List<String> through = new ArrayList<>();
        for (Schema.Cascade key : schema.cascades().getOrDefault(table, List.of())) {
            String parent = owned(schema, key.parent(), seen);
            if (parent != null) {
                through.add(key.column() + " IN (SELECT " + key.parentColumn() + " FROM " + key.parent()
                        + " WHERE " + parent + ")");
            }
        }
        return through.isEmpty() ? null : "(" + String.join(" OR ", through) + ")";
    }

    /**
     * In the current transaction. On PostgreSQL the statements go as one prepared statement, so in one round trip;
     * SQLite, which has no round trips, runs them one by one, and empties a table whose every row is the account's
     * whole ({@link #onlyAccount}); there the caller has set the table's delete triggers aside and foreign keys off.
     */
    void run(Connection c, DbVendor vendor, long accountId) throws SQLException {
        run(c, vendor, accountId, Set.of());
    }

    /**
     * As {@link #run(Connection, DbVendor, long)}, leaving alone the tables of {@code setAside} (PostgreSQL only: a
     * reset swaps them out whole afterwards, so the deletes through their rows, their children's, still find them).
     */
    void run(Connection c, DbVendor vendor, long accountId, Set<String> setAside) throws SQLException {
        if (vendor == DbVendor.POSTGRESQL) {
            String all = String.join(";\n", statements.stream()
                    .filter(sql -> !setAside.contains(String.valueOf(byAccount(sql)))).toList());
            try (PreparedStatement ps = c.prepareStatement(all)) {
                bind(ps, all, accountId);
                ps.execute();
            }
            return;
        }
        for (String sql : statements) {
            String table = byAccount(sql);
            String run = table != null && onlyAccount(c, table, "account_id", accountId) ? "DELETE FROM " + table : sql;
            try (PreparedStatement ps = c.prepareStatement(run)) {
                bind(ps, run, accountId);
                ps.executeUpdate();
            }
        }
    }

    /** The table a {@code DELETE … WHERE account_id = ?} of ours deletes from; null for the other statements. */
    private static String byAccount(String sql) {
        String tail = " WHERE account_id = ?";
        return sql.endsWith(tail) && sql.indexOf(' ', "DELETE FROM ".length()) == sql.length() - tail.length()
                ? sql.substring("DELETE FROM ".length(), sql.length() - tail.length()) : null;
    }

    /**
     * True when every row of {@code table} is the account's (its {@code column} is the account's id), by three probes
     * of an index that starts with the column (a row of no account, such as a job queued for none, is not the
     * account's either). SQLite then empties the table by its pages, without visiting a
     * row (a DELETE without WHERE on a table with no delete trigger, foreign keys off), where deleting row by row
     * costs every row's index entries: the seeded account of a sandbox usually holds every customer.
     */
    static boolean onlyAccount(Connection c, String table, String column, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE " + column
                + " < ?) OR EXISTS (SELECT 1 FROM " + table + " WHERE " + column + " > ?) OR EXISTS (SELECT 1 FROM " + table
                + " WHERE " + column + " IS NULL)")) {
            ps.setLong(1, accountId);
            ps.setLong(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !rs.getBoolean(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, String sql, long accountId) throws SQLException {
        int marks = (int) sql.chars().filter(ch -> ch == '?').count();
        for (int i = 1; i <= marks; i++) {
            ps.setLong(i, accountId);
        }
    }
}
