package io.frontdesk.sandbox.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's delete on SQLite, for its reset. The delete cascades to every row the account owns, and the full-text
 * delete triggers (migrations V7, V12) would re-index a customer's search row through the trigram tokenizer for each
 * of its emails and phones deleted, and a conversation's for each thread, just before the row itself goes. So those
 * triggers are set aside for the delete (DDL is transactional in SQLite: a failure puts them back with the rest) and
 * the account's search rows are deleted once, by the ids of the rows they index.
 */
final class SqliteAccountDelete {

    /** The triggers that remove a search row with its row: {@code DELETE FROM x_fts WHERE rowid = OLD.id} on a table. */
    private static final Pattern ROW_DELETE = Pattern.compile(
            "(?is).*\\bON\\s+(\\w+)\\s+BEGIN\\s+DELETE\\s+FROM\\s+(\\w+_fts)\\s+WHERE\\s+rowid\\s*=\\s*OLD\\.id\\s*;.*");

    private SqliteAccountDelete() {
    }

    static void delete(Connection c, long accountId) throws SQLException {
        List<String[]> triggers = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'trigger' AND sql LIKE '%AFTER DELETE%' AND sql LIKE '%\\_fts %' ESCAPE '\\'"
                + " ORDER BY name")) {
            while (rs.next()) {
                triggers.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] trigger : triggers) {
                st.execute("DROP TRIGGER \"" + trigger[0] + "\"");
            }
            for (String[] trigger : triggers) {
                Matcher m = ROW_DELETE.matcher(trigger[1]);
                if (m.matches()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + m.group(2)
                            + " WHERE rowid IN (SELECT id FROM " + m.group(1) + " WHERE account_id = ?)")) {
                        ps.setLong(1, accountId);
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
                ps.setLong(1, accountId);
                ps.executeUpdate();
            }
            for (String[] trigger : triggers) {
                st.execute(trigger[1]);
            }
        }
    }
}
