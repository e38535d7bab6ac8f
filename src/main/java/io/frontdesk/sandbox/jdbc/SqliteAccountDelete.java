package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.DbVendor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's delete on SQLite, for its reset, on a connection whose foreign keys are off: otherwise each parent row
 * deleted looks for its children in every table that references it, though {@link AccountDelete} has deleted them
 * already. The delete triggers that only keep rows of what the reset deletes anyway (the full-text rows, which the
 * trigram tokenizer would re-index for each email, phone and thread deleted just before their customer or
 * conversation goes; the customer counts; an account's events and report rows) are set aside for the delete (DDL is
 * transactional in SQLite: a failure puts them back with the rest), and the account's full-text rows deleted once, by
 * the ids of the rows they index. The triggers that move the change counters other processes watch stay.
 */
final class SqliteAccountDelete {

    /** The triggers that remove a search row with its row: {@code DELETE FROM x_fts WHERE rowid = OLD.id} on a table. */
    private static final Pattern ROW_DELETE = Pattern.compile(
            "(?is).*\\bON\\s+(\\w+)\\s+BEGIN\\s+DELETE\\s+FROM\\s+(\\w+_fts)\\s+WHERE\\s+rowid\\s*=\\s*OLD\\.id\\s*;.*");
    /** The tables a trigger's body writes. */
    private static final Pattern WRITES = Pattern.compile("(?i)\\b(?:DELETE\\s+FROM|UPDATE|INSERT\\s+INTO)\\s+(\\w+)");

    private SqliteAccountDelete() {
    }

    /** In the current transaction of {@code c}, whose foreign keys are off. */
    static void delete(Connection c, AccountDelete delete, Set<String> withAccount, long accountId)
            throws SQLException {
        List<String[]> triggers = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'trigger' AND sql LIKE '%AFTER DELETE%' ORDER BY name")) {
            while (rs.next()) {
                if (keepsOnlyResetRows(rs.getString(2), withAccount)) {
                    triggers.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] trigger : triggers) {
                st.execute("DROP TRIGGER \"" + trigger[0] + "\"");
            }
            for (String[] trigger : triggers) {
                Matcher m = ROW_DELETE.matcher(trigger[1]);
                if (m.matches() && AccountDelete.onlyAccount(c, m.group(1), "account_id", accountId)) {
                    emptyFullText(c, m.group(2));
                } else if (m.matches()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + m.group(2)
                            + " WHERE rowid IN (SELECT id FROM " + m.group(1) + " WHERE account_id = ?)")) {
                        ps.setLong(1, accountId);
                        ps.executeUpdate();
                    }
                }
            }
            delete.run(c, DbVendor.SQLITE, accountId);
            for (String[] trigger : triggers) {
                st.execute(trigger[1]);
            }
        }
    }

    /**
     * A full-text table whose every row indexes the account's rows, made again empty: FTS5 deletes row by row, each
     * row's text put through the trigram tokenizer again to find its index entries (10,000 customers: 90 to 130 ms of
     * CPU), where a drop and a create cost the pages freed. The triggers that write it name it, not hold it.
     */
    private static void emptyFullText(Connection c, String table) throws SQLException {
        String create;
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table'"
                + " AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no full-text table " + table);
                }
                create = rs.getString(1);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE " + table);
            st.execute(create);
        }
    }

    /**
     * True when every table the trigger's body writes is a full-text table or one with an account_id, which the reset
     * empties of the account's rows itself; a full-text row is deleted by the reset only where the trigger is a
     * {@link #ROW_DELETE} on a table with an account_id.
     */
    private static boolean keepsOnlyResetRows(String sql, Set<String> withAccount) {
        int body = sql.toUpperCase(java.util.Locale.ROOT).indexOf("BEGIN");
        if (body < 0) {
            return false;
        }
        Matcher rowDelete = ROW_DELETE.matcher(sql);
        String indexed = rowDelete.matches() ? rowDelete.group(1) : null;
        Matcher writes = WRITES.matcher(sql.substring(body));
        boolean any = false;
        while (writes.find()) {
            any = true;
            String table = writes.group(1);
            boolean fullText = table.endsWith("_fts") && (indexed == null || withAccount.contains(indexed));
            if (!fullText && !withAccount.contains(table)) {
                return false;
            }
        }
        return any;
    }
}
