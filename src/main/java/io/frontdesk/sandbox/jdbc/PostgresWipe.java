package io.frontdesk.sandbox.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every data table emptied on PostgreSQL, children first, and every sequence they own started again at 1, sent as one
 * batch in the current transaction. {@code DELETE} rather than one {@code TRUNCATE … RESTART IDENTITY}: a TRUNCATE
 * makes new files for each table, its indexes and its TOAST table, whatever they hold, so emptying fifty mostly small
 * tables cost 0.4 to 2.4 s (the second on a machine at load 25), where the deletes cost the rows there are. The dead
 * rows left are autovacuum's, as after any delete.
 */
final class PostgresWipe {

    private PostgresWipe() {
    }

    /**
     * Where the role may (a superuser, or one granted the setting), the rest of the transaction runs with
     * {@code session_replication_role = replica}: no trigger fires, foreign-key checks and cascades included, so the
     * deletes and a restore's COPY cost the rows and their indexes only. True when it took; {@link #triggersBack} then
     * ends it. Elsewhere the rows go through the triggers and checks.
     */
    static boolean quiet(Connection c) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL session_replication_role = replica");
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            c.rollback(before);
            return false;
        }
    }

    /**
     * Triggers on again, and one {@code DELETE … WHERE false} per table of {@code tables} (those with a statement-level
     * delete trigger, {@link #noticeTables}): it changes nothing but fires those triggers, which send the notices
     * other nodes empty their caches on (credentials, webhook subscriptions) at commit, as the deletes would have.
     */
    static void triggersBack(Connection c, List<String> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.addBatch("SET LOCAL session_replication_role = origin");
            for (String table : tables) {
                st.addBatch("DELETE FROM " + table + " WHERE false");
            }
            st.executeBatch();
        }
    }

    /**
     * The tables of ours with a statement-level delete trigger (tgtype: bit 0 clear, bit 3 set), the only ones a
     * {@code DELETE … WHERE false} wakes: firing it on the fifty others was most of the statements of a reset.
     */
    static List<String> noticeTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT quote_ident("
                + "cl.relname) FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace ns"
                + " ON ns.oid = cl.relnamespace WHERE NOT t.tgisinternal AND ns.nspname = current_schema()"
                + " AND (t.tgtype & 1) = 0 AND (t.tgtype & 8) = 8 ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return List.copyOf(out);
    }

    /** @param tables parents first */
    static void wipe(Connection c, List<String> tables) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT quote_ident(s.relname) FROM pg_class s"
                + " JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype IN ('a', 'i')"
                + " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " WHERE s.relkind = 'S' AND ns.nspname = current_schema() AND t.relname = ANY (?) ORDER BY 1")) {
            Array names = c.createArrayOf("text", tables.toArray());
            ps.setArray(1, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                st.addBatch("DELETE FROM " + tables.get(i));
            }
            for (String sequence : sequences) {
                st.addBatch("ALTER SEQUENCE " + sequence + " RESTART");
            }
            st.executeBatch();
        }
    }
}
