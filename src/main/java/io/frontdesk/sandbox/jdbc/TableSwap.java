package io.frontdesk.sandbox.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Live tables exchanged whole with a spare's ({@link SpareTables}) in the current transaction: the live ones set aside
 * into the spare's grave, the spare's moved into the live schema under the canonical names, and the foreign keys,
 * triggers and grants made again from the live tables' own definitions; the keys {@code NOT VALID}, validated after
 * the answer ({@link #validate}).
 */
final class TableSwap {

    private static final Logger LOG = LoggerFactory.getLogger(TableSwap.class);

    private TableSwap() {
    }

    /**
     * @param unchecked the foreign keys made again unchecked
     * @param triggers  the triggers of the tables set aside, each as "table trigger" (quoted): they went with them
     */
    record Swapped(List<UncheckedKey> unchecked, List<String> triggers) {
    }

    /**
     * In the restore's transaction (running quiet): {@code tables} of the live schema set aside ({@link Spare#grave})
     * and the spare's moved in their place, with the foreign keys into and out of them, their triggers and grants made
     * again. The spare's schema and the grave are the caller's to drop once committed.
     */
    static Swapped swap(Connection c, Spare spare, Set<String> tables) throws SQLException {
        long started = System.nanoTime();
        Array names = c.createArrayOf("text", tables.toArray());
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<UncheckedKey> unchecked = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        String live = null;
        // what the swap makes again, read in one round trip: the live schema (kind 0), the foreign keys into and out of
        // the tables (1), their triggers (2) and grants (3)
        try (PreparedStatement ps = c.prepareStatement("WITH n AS (SELECT ?::text[] AS names)"
                + " SELECT 0, quote_ident(current_schema()), NULL, NULL, NULL"
                + " UNION ALL SELECT 1, quote_ident(cl.relname), quote_ident(con.conname),"
                + " pg_get_constraintdef(con.oid), con.convalidated::text"
                + " FROM n, pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid"
                + " JOIN pg_namespace ns ON ns.oid = cl.relnamespace JOIN pg_class p ON p.oid = con.confrelid"
                + " JOIN pg_namespace pns ON pns.oid = p.relnamespace WHERE con.contype = 'f'"
                + " AND ns.nspname = current_schema() AND pns.nspname = current_schema()"
                + " AND (cl.relname = ANY (n.names) OR p.relname = ANY (n.names))"
                + " UNION ALL SELECT 2, quote_ident(cl.relname), quote_ident(t.tgname), pg_get_triggerdef(t.oid),"
                + " t.tgenabled::text FROM n, pg_trigger t"
                + " JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                + " WHERE NOT t.tgisinternal AND ns.nspname = current_schema() AND cl.relname = ANY (n.names)"
                + " UNION ALL SELECT 3, quote_ident(cl.relname), a.privilege_type,"
                + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable::text"
                + " FROM n, pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                + " CROSS JOIN LATERAL aclexplode(cl.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
                + " WHERE ns.nspname = current_schema() AND cl.relname = ANY (n.names) AND a.grantee <> cl.relowner"
                + " ORDER BY 1, 2, 3")) {
            ps.setArray(1, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(2);
                    String name = rs.getString(3);
                    String def = rs.getString(4);
                    switch (rs.getInt(1)) {
                        case 0 -> live = table;
                        case 1 -> {
                            // every key goes first, those of the tables set aside too: nothing may cascade into them
                            before.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                            boolean valid = "true".equals(rs.getString(5));
                            after.add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + def
                                    + (valid ? " NOT VALID" : ""));
                            if (valid) {
                                unchecked.add(new UncheckedKey(table, name));
                            }
                        }
                        case 2 -> {
                            after.add(def);
                            triggers.add(table + " " + name);
                            String state = switch (rs.getString(5)) {
                                case "D" -> "DISABLE TRIGGER ";
                                case "R" -> "ENABLE REPLICA TRIGGER ";
                                case "A" -> "ENABLE ALWAYS TRIGGER ";
                                default -> null;
                            };
                            if (state != null) {
                                after.add("ALTER TABLE " + table + " " + state + name);
                            }
                        }
                        default -> after.add("GRANT " + name + " ON " + table + " TO " + def
                                + ("true".equals(rs.getString(5)) ? " WITH GRANT OPTION" : ""));
                    }
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String sql : before) {
                st.addBatch(sql);
            }
            // Set aside, not dropped: a drop's commit unlinks every file of the tables and their indexes, 0.3 to
            // 0.9 s at load 7 (psql, two tables and twelve indexes), where this commit took 6 ms; the schemas are
            // dropped after the answer (graves).
            st.addBatch("CREATE SCHEMA " + spare.grave());
            for (String table : tables) {
                st.addBatch("ALTER TABLE " + table + " SET SCHEMA " + spare.grave());
                st.addBatch("ALTER TABLE " + spare.schema() + "." + table + " SET SCHEMA " + live);
            }
            for (String sql : after) {
                st.addBatch(sql);
            }
            st.executeBatch();
        }
        LOG.debug("sandbox: {} swapped in from {} in {} ms", tables, spare.schema(),
                (System.nanoTime() - started) / 1_000_000);
        return new Swapped(unchecked, triggers);
    }

    /** The keys a swap left unchecked, validated (each reads its table, under a lock that lets reads and writes by). */
    static void validate(Connection c, List<UncheckedKey> keys) throws SQLException {
        try (Statement st = c.createStatement(); PreparedStatement unchecked = c.prepareStatement("SELECT EXISTS"
                + " (SELECT 1 FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns"
                + " ON ns.oid = cl.relnamespace WHERE ns.nspname = current_schema() AND quote_ident(cl.relname) = ?"
                + " AND quote_ident(con.conname) = ? AND NOT con.convalidated)")) {
            for (UncheckedKey key : keys) {
                // a later swap may have dropped the table or made the key again: validate what is there
                unchecked.setString(1, key.table());
                unchecked.setString(2, key.name());
                try (ResultSet rs = unchecked.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        continue;
                    }
                }
                st.execute("ALTER TABLE " + key.table() + " VALIDATE CONSTRAINT " + key.name());
            }
        }
    }
}
