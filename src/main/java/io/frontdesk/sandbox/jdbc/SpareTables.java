package io.frontdesk.sandbox.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexed spares of a PostgreSQL copy's search-indexed tables (those with a GIN index: the customers, their emails and
 * phones, conversations, threads) and of its big ones (the report rows and events), swapped in whole by a restore that
 * would otherwise insert most of their rows back (docs/sandbox.md, "Snapshots"). A deleted row cannot be brought back,
 * and inserting 30,000 rows through seven trigram indexes costs about a second; a spare holds the copy's rows with
 * every index built, made off the request path, so the restore changes the catalog instead: the live table set aside,
 * the spare moved into its place.
 *
 * <p>A spare is a schema of its own ({@link PostgresCopies#PREFIX} and the copy's id, so a leftover is found as the
 * copies are) holding a table of each such name, made {@code LIKE} the live one (columns, defaults, identity, checks,
 * not-null constraints) with every index and primary or unique key of the live table made again under the same name.
 * Moved into the live schema, it carries its indexes, constraints and identity sequence under the canonical names.
 * The foreign keys into and out of the swapped tables, their triggers and their grants are made again from the live
 * table's own definitions; the foreign keys {@code NOT VALID}, since checking them would read every row (the rows are
 * the copy's, which were valid), then validated after the answer.
 */
final class SpareTables {

    private static final Logger LOG = LoggerFactory.getLogger(SpareTables.class);

    private static final Pattern INDEX_ON = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX \\S+ ON (?:ONLY )?)\\S+( USING .*)$",
            Pattern.DOTALL);

    private SpareTables() {
    }

    /**
     * Fewest rows in the copy for a table without a GIN index to be spared: below it, inserting the rows back costs
     * less than the swap's catalog work (two {@code SET SCHEMA} of the table with its indexes).
     */
    static final long SPARE_ROWS = 300;

    /**
     * Of {@code tables}, those ours to drop and read by no view that hold rows in the copy ({@code counts}) and have a
     * GIN index, or hold {@link #SPARE_ROWS} or more: an account's report rows and events (about 11,700 rows in a
     * dozen tables of 400 to 1,400 rows each in the bench's seeded store) cost a restore after a reset 200 to 400 ms
     * to insert back through their indexes.
     */
    static Set<String> worthSparing(Connection c, List<String> tables, Map<String, Long> counts) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, EXISTS (SELECT 1 FROM pg_index i"
                + " JOIN pg_class ix ON ix.oid = i.indexrelid JOIN pg_am am ON am.oid = ix.relam"
                + " WHERE i.indrelid = t.oid AND am.amname = 'gin') FROM pg_class t"
                + " JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " WHERE ns.nspname = current_schema() AND t.relkind = 'r' AND t.relname = ANY (?)"
                + " AND pg_has_role(t.relowner, 'USAGE')"
                // a view (none today) would follow the table set aside, and go with it: such a table is never swapped
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
                + " WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = t.oid AND r.ev_class <> t.oid)")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rows = counts.getOrDefault(rs.getString(1), 0L);
                    if (rows >= SPARE_ROWS || rows > 0 && rs.getBoolean(2)) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        // parents first, as the copy lists them
        List<String> ordered = new ArrayList<>(tables);
        ordered.retainAll(out);
        return new LinkedHashSet<>(ordered);
    }

    /**
     * The first half of a build, in a short transaction of its own: the spare's schema and its empty tables, made like
     * the live ones (this holds a share lock on each live table until it commits). Answers each table's index and
     * key statements, for {@link #fill}.
     */
    static Map<String, List<String>> create(Connection c, String schema, Set<String> tables) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            for (String table : tables) {
                st.execute("CREATE TABLE " + schema + "." + table + " (LIKE " + table
                        + " INCLUDING ALL EXCLUDING INDEXES)");
                indexes.put(table, new ArrayList<>());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT t.relname, pg_get_indexdef(i.indexrelid),"
                + " quote_ident(con.conname), pg_get_constraintdef(con.oid) FROM pg_index i"
                + " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = t.oid"
                + " AND con.contype IN ('p', 'u', 'x')"
                + " WHERE ns.nspname = current_schema() AND t.relname = ANY (?) ORDER BY 1, 2")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String target = schema + "." + table;
                    if (rs.getString(3) != null) {
                        indexes.get(table).add("ALTER TABLE " + target + " ADD CONSTRAINT " + rs.getString(3) + " "
                                + rs.getString(4));
                    } else {
                        Matcher m = INDEX_ON.matcher(rs.getString(2));
                        if (!m.matches()) {
                            throw new SQLException("unexpected index definition: " + rs.getString(2));
                        }
                        indexes.get(table).add(m.group(1) + target + m.group(2));
                    }
                }
            }
        }
        return indexes;
    }

    /**
     * The second half, in a transaction of its own that touches no live table: the copy's rows loaded, then the
     * indexes built over them (a bulk build, cheaper than the rows going in through the indexes), then statistics.
     */
    static void fill(Connection c, String schema, PostgresCopies.CopiedTables copy, Map<String, List<String>> indexes)
            throws SQLException {
        long[] took = new long[3];
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, List<String>> table : indexes.entrySet()) {
                String columns = copy.columns().get(table.getKey());
                long t0 = System.nanoTime();
                st.execute("INSERT INTO " + schema + "." + table.getKey() + " (" + columns + ") OVERRIDING SYSTEM VALUE"
                        + " SELECT " + columns + " FROM " + copy.schema() + "." + table.getKey());
                long t1 = System.nanoTime();
                for (String index : table.getValue()) {
                    st.execute(index);
                }
                long t2 = System.nanoTime();
                st.execute("ANALYZE " + schema + "." + table.getKey());
                took[0] += t1 - t0;
                took[1] += t2 - t1;
                took[2] += System.nanoTime() - t2;
            }
        }
        LOG.debug("sandbox: spare {} filled: rows {} ms, indexes {} ms, statistics {} ms", schema,
                took[0] / 1_000_000, took[1] / 1_000_000, took[2] / 1_000_000);
    }

    /**
     * Empty tables like {@code tables}, with every index and key, made ahead on the spares' thread for a reset to swap
     * in ({@link SetAside}); in a transaction of its own (a share lock on each live table while it runs).
     */
    static Spare empties(Connection c, String schema, Set<String> tables) throws SQLException {
        Map<String, List<String>> indexes = create(c, schema, tables);
        try (Statement st = c.createStatement()) {
            for (List<String> statements : indexes.values()) {
                for (String sql : statements) {
                    st.addBatch(sql);
                }
            }
            st.executeBatch();
        }
        return new Spare(schema, tables);
    }

    /** Every spare schema of a copy dropped; in a transaction of its own. */
    static void drop(Connection c, List<String> schemas) throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + String.join(", ", schemas) + " CASCADE");
        }
    }
}
