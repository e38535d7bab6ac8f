package io.frontdesk.sandbox.jdbc;

import io.frontdesk.sandbox.DatabaseCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PostgreSQL's snapshots, kept inside the database: a schema of their own holding a copy of every data table
 * that held rows ({@code CREATE TABLE … AS SELECT *}, in one repeatable-read transaction). A restore puts back only the
 * difference (docs/sandbox.md, "Snapshots"), so that a test suite's restore after a test's few writes costs those
 * writes, not the whole store written again through its trigram indexes.
 *
 * <p>Which rows may differ is told by their row versions: PostgreSQL never changes a row in place, every insert or
 * update makes a version stamped with its transaction ({@code xmin}). Each copy keeps a {@link Mark}: the oldest
 * transaction still running in the database ({@link #OLDEST}) when the store last equalled the copy, and the
 * transaction that made it equal. A live row stamped before the mark (or by that transaction) is one of the copy's
 * rows; every other one is suspect. Per table, one scan counts rows and suspects, no row turned into text: a table with
 * no suspect and the copy's count of rows is the copy's and is left alone. In the others, suspects that match no copied
 * row of their primary key, compared whole as text (which holds for every column type, json included, and tells a NULL
 * from an empty string), are deleted, then the copied rows whose key is missing are inserted. A table without a primary
 * key (none today) is put back whole when it differs. A row version showing the frozen id ({@code xmin} 2, as tuples
 * frozen before 9.4 do) is always suspect; later servers keep the stamp when they freeze. A search-indexed table most
 * of whose copied rows are gone (after a reset) is swapped in whole from an indexed spare instead, where one is ready
 * ({@link SpareTables}).
 */
final class PostgresCopies {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresCopies.class);

    /** Every snapshot's schema starts so; nothing else of ours does. */
    static final String PREFIX = "frontdesk_snapshot_";

    /**
     * Where the store last equalled a copy.
     *
     * @param oldest the oldest transaction running in the database then (a 32-bit xid); any row version from it on
     *               is suspect
     * @param maker  the transaction that made the store equal (the save's or a restore's); its rows are the copy's
     */
    record Mark(long oldest, long maker) {
    }

    /**
     * @param schema    the snapshot's own schema
     * @param columns   each table's insertable columns (generated ones left out), quoted, comma separated; parents
     *                  first
     * @param keys      each table's primary key columns, quoted; absent for a table without one
     * @param counts    each table's rows in the copy
     * @param sequences where each used sequence stood, by quoted name
     * @param unused    sequences never used then: started again
     * @param spared    the tables a restore may swap in whole from an indexed spare ({@link SpareTables})
     * @param stock     those spares
     * @param owners    of the spared tables with an account column, the one account every copied row belongs to;
     *                  a table whose rows are several accounts' (or none's) is absent
     */
    record CopiedTables(String schema, Map<String, String> columns, Map<String, List<String>> keys,
                        Map<String, Long> counts, Map<String, Long> sequences, Set<String> unused,
                        AtomicReference<Mark> mark, Set<String> spared, SpareStock stock, Map<String, Long> owners)
            implements DatabaseCopy {

        CopiedTables {
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            keys = Map.copyOf(keys);
            counts = Map.copyOf(counts);
            sequences = Map.copyOf(sequences);
            unused = Set.copyOf(unused);
            spared = Collections.unmodifiableSet(new LinkedHashSet<>(spared));
            owners = Map.copyOf(owners);
        }

        /**
         * The spared tables whose every copied row is {@code accountId}'s: the only ones that account's reset can set
         * aside, since a table set aside must hold the copy's rows and none but the account's.
         */
        Set<String> sparedOf(long accountId) {
            Set<String> out = new LinkedHashSet<>(spared);
            out.removeIf(table -> !Long.valueOf(accountId).equals(owners.get(table)));
            return out;
        }

        @Override
        public long rows() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * What a restore by difference did.
     *
     * @param mark      the mark to keep once the transaction commits; null when nothing was written (the old holds)
     * @param usedSpare whether the spare was swapped in (used up)
     * @param unchecked the foreign keys the swap made again unchecked, to validate after the commit
     */
    record Restored(Mark mark, boolean usedSpare, List<UncheckedKey> unchecked,
                    SetAside setAside) {
    }

    /** A swap was wanted but its spare is still being built; nothing was written. */
    static final class SpareComing extends RuntimeException {
        SpareComing() {
            super("a spare is being built", null, false, false);
        }
    }

    private PostgresCopies() {
    }

    /**
     * Row text depends on a few settings (the date style, float digits, bytea's form); a restore fixes them for its
     * transaction, whatever the session had, with {@code more} settings in the same round trip. Both sides of a
     * comparison are read in it, so equal rows have equal text.
     */
    private static void fixFormats(Statement st, String more) throws SQLException {
        st.execute("SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres';"
                + " SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'; SET LOCAL TimeZone = 'UTC'"
                + more);
    }

    /** In a transaction that has run no statement yet: it becomes repeatable read, so every table is of one moment. */
    static CopiedTables save(Connection c, Schema schema) throws SQLException {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> sequences = new LinkedHashMap<>();
        Set<String> unused = new LinkedHashSet<>();
        Mark mark;
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            try (PreparedStatement ps = c.prepareStatement("SELECT cl.relname, string_agg(quote_ident(a.attname),"
                    + " ', ' ORDER BY a.attnum) FILTER (WHERE a.attgenerated = ''),"
                    + " string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum)"
                    + " FILTER (WHERE a.attnum = ANY (i.indkey))"
                    + " FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                    + " JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped"
                    + " LEFT JOIN pg_index i ON i.indrelid = cl.oid AND i.indisprimary"
                    + " WHERE ns.nspname = current_schema() AND cl.relname = ANY (?) GROUP BY cl.relname")) {
                Array names = c.createArrayOf("text", schema.tables().toArray());
                ps.setArray(1, names);
                Map<String, String> found = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                        if (rs.getString(3) != null) {
                            keys.put(rs.getString(1), List.of(rs.getString(3).split(",")));
                        }
                    }
                }
                for (String table : schema.tables()) {
                    columns.put(table, found.get(table));
                }
            }
            StringBuilder count = new StringBuilder("SELECT NULL, 0");
            for (String table : schema.tables()) {
                count.append(" UNION ALL SELECT '").append(table).append("', count(*) FROM ").append(table);
            }
            try (ResultSet rs = st.executeQuery(count.toString())) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            // An empty table needs no copy: putting it back is emptying it. Most tables are empty in a test's store,
            // and each copy costs its files (the heap, a TOAST table and its index) at the save and at the drop.
            st.addBatch("CREATE SCHEMA " + name);
            for (String table : schema.tables()) {
                if (counts.get(table) > 0) {
                    st.addBatch("CREATE TABLE " + name + "." + table + " AS SELECT * FROM " + table);
                }
            }
            st.executeBatch();
            try (ResultSet rs = st.executeQuery("SELECT quote_ident(sequencename), last_value FROM pg_sequences"
                    + " WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    long value = rs.getLong(2);
                    if (rs.wasNull()) {
                        unused.add(rs.getString(1));
                    } else {
                        sequences.put(rs.getString(1), value);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT " + OLDEST + ", pg_current_xact_id()::text")) {
                rs.next();
                mark = new Mark(xid(rs.getString(1)), xid(rs.getString(2)));
            }
        }
        Set<String> spared = SpareTables.worthSparing(c, schema.tables(), counts);
        return new CopiedTables(name, columns, keys, counts, sequences, unused,
                new AtomicReference<>(mark), spared, new SpareStock(), owners(c, name, schema, spared));
    }

    /** {@link CopiedTables#owners}: read once from the copy, in one round trip. */
    private static Map<String, Long> owners(Connection c, String copySchema, Schema schema, Set<String> spared)
            throws SQLException {
        List<String> reads = new ArrayList<>();
        for (String table : spared) {
            if (schema.accountColumns().contains(table)) {
                reads.add("SELECT '" + table + "', CASE WHEN count(*) = count(account_id) AND min(account_id) ="
                        + " max(account_id) THEN min(account_id) END FROM " + copySchema + "." + table);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        if (reads.isEmpty()) {
            return out;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(String.join(" UNION ALL ", reads))) {
            while (rs.next()) {
                long owner = rs.getLong(2);
                if (!rs.wasNull()) {
                    out.put(rs.getString(1), owner);
                }
            }
        }
        return out;
    }

    /**
     * The oldest transaction running in this database, as text of a 64-bit id: the snapshot's oldest running one
     * ({@code pg_snapshot_xmin}) would be the whole server's, so one long transaction in another database (another
     * test suite's, a report) made every row suspect and every restore compare every row. Only a transaction known to
     * be another database's is passed over: an id names one transaction, which runs in one database, so that holds
     * whenever the activity view was read; a transaction the view does not show (another role's, without the right to
     * see it, a prepared one) stays, which only costs speed.
     */
    static final String OLDEST = "(SELECT COALESCE(MIN(x), pg_snapshot_xmax(pg_current_snapshot()))::text"
            + " FROM pg_snapshot_xip(pg_current_snapshot()) x WHERE (x::text::bigint & 4294967295) NOT IN"
            + " (SELECT a.backend_xid::text::bigint FROM pg_stat_activity a WHERE a.datname <> current_database()"
            + " AND a.backend_xid IS NOT NULL))";

    /** The condition on a live row's version that makes it suspect: possibly not one of the copy's rows. */
    static String suspect(Mark mark) {
        return "(xmin = '2'::xid OR (age(xmin) <= age('" + mark.oldest() + "'::xid) AND xmin <> '" + mark.maker()
                + "'::xid))";
    }

    /** A 64-bit transaction id (epoch and xid) as the 32-bit xid that row versions carry. */
    private static long xid(String full) {
        return Long.parseLong(full) & 0xFFFF_FFFFL;
    }

    /**
     * In the current transaction, which runs quiet ({@link PostgresWipe#quiet}: no trigger, no foreign-key check, so
     * each table is put back on its own, derived tables such as the customer counts with the rest): one scan of every
     * table for its suspects, then the difference of the tables that differ in one round trip, then the sequences.
     *
     * <p>A table of {@link CopiedTables#spared} more than half of whose copied rows would go back in is swapped in
     * whole from {@code spare} instead ({@link TableSwap#swap}); without a spare, when one is being built
     * ({@code mayWait}), {@link SpareComing} is thrown before anything is written, for the caller to wait and try again.
     *
     * @param spare a ready spare of the copy, taken by the caller; null when none is ready
     */
    static Restored restoreDifference(Connection c, CopiedTables copy, Spare spare, boolean mayWait,
                                      CopiedTables keepFor) throws SQLException {
        long started = System.nanoTime();
        String suspect = suspect(copy.mark().get());
        List<String> tables = new ArrayList<>(copy.columns().keySet());
        StringBuilder scan = new StringBuilder("SELECT NULL, 0, " + OLDEST);
        for (String table : tables) {
            if (copy.counts().get(table) == 0) {
                // emptying it is all there is to do, if it holds anything: no need to count
                scan.append(" UNION ALL SELECT '").append(table).append("', count(*), '0' FROM (SELECT FROM ")
                        .append(table).append(" LIMIT 1) fd_any");
            } else {
                scan.append(" UNION ALL SELECT '").append(table).append("', count(*), count(*) FILTER (WHERE ")
                        .append(suspect).append(")::text FROM ").append(table);
            }
        }
        // the sequences unused in the copy that have moved since: only they are started again
        scan.append(" UNION ALL SELECT ' ' || quote_ident(sequencename), 0, NULL FROM pg_sequences")
                .append(" WHERE schemaname = current_schema() AND last_value IS NOT NULL");
        Set<String> differ = new LinkedHashSet<>();
        Set<String> restart = new LinkedHashSet<>();
        Map<String, Long> kept = new LinkedHashMap<>();
        long oldest;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(scan.toString())) {
            rs.next();
            oldest = xid(rs.getString(3));
            while (rs.next()) {
                String table = rs.getString(1);
                if (table.startsWith(" ")) {
                    if (copy.unused().contains(table.substring(1))) {
                        restart.add(table.substring(1));
                    }
                } else {
                    // the rows stamped before the mark are the copy's own
                    kept.put(table, rs.getLong(2) - Long.parseLong(rs.getString(3)));
                    if (rs.getLong(2) != copy.counts().get(table) || Long.parseLong(rs.getString(3)) > 0) {
                        differ.add(table);
                    }
                }
            }
        }
        long scanned = System.nanoTime();
        Set<String> swap = new LinkedHashSet<>();
        for (String table : copy.spared()) {
            long saved = copy.counts().get(table);
            if (differ.contains(table) && (saved - kept.getOrDefault(table, 0L)) * 2 > saved) {
                swap.add(table);
            }
        }
        List<UncheckedKey> unchecked = List.of();
        boolean used = false;
        if (!swap.isEmpty() && spare == null && mayWait) {
            throw new SpareComing();
        }
        long swapping = System.nanoTime();
        if (!swap.isEmpty() && spare != null) {
            swap.retainAll(spare.tables());
            if (!swap.isEmpty()) {
                unchecked = TableSwap.swap(c, spare, swap).unchecked();
                differ.removeAll(swap);
                used = true;
            }
        }
        long swapped = System.nanoTime();
        SetAside aside = null;
        if (keepFor != null && keepFor != copy) {
            // a restore that empties tables (the reset of everything) keeps them whole for the copy they still equal
            Set<String> emptied = new LinkedHashSet<>();
            for (String table : differ) {
                if (copy.counts().get(table) == 0) {
                    emptied.add(table);
                }
            }
            aside = TablesToKeep.setAsideFor(c, keepFor, emptied);
            if (aside != null) {
                differ.removeAll(aside.spare().tables());
            }
        }
        long setAside = System.nanoTime();
        if (differ.isEmpty() && restart.isEmpty() && !used && aside == null) {
            setSequences(c, copy);
            return new Restored(null, false, List.of(), null);
        }
        try (Statement st = c.createStatement()) {
            // Nothing here is indexed on the copies' side: a nested loop over them would be quadratic.
            fixFormats(st, "; SET LOCAL enable_nestloop = off");
            for (int i = tables.size() - 1; i >= 0; i--) {
                String table = tables.get(i);
                if (!differ.contains(table)) {
                    continue;
                }
                List<String> key = copy.keys().get(table);
                st.addBatch(key == null || copy.counts().get(table) == 0 ? "DELETE FROM " + table
                        : "DELETE FROM " + table + " fd_live WHERE " + suspect + " AND NOT EXISTS (SELECT 1 FROM "
                        + copy.schema() + "." + table + " fd_saved WHERE " + join(key)
                        + " AND fd_saved::text = fd_live::text)");
            }
            for (String table : tables) {
                if (!differ.contains(table) || copy.counts().get(table) == 0) {
                    continue;
                }
                String columns = copy.columns().get(table);
                List<String> key = copy.keys().get(table);
                st.addBatch("INSERT INTO " + table + " (" + columns + ") OVERRIDING SYSTEM VALUE SELECT " + columns
                        + " FROM " + copy.schema() + "." + table + " fd_saved" + (key == null ? ""
                        : " WHERE NOT EXISTS (SELECT 1 FROM " + table + " fd_live WHERE " + join(key) + ")"));
            }
            for (String sequence : restart) {
                st.addBatch("ALTER SEQUENCE " + sequence + " RESTART");
            }
            st.executeBatch();
        }
        setSequences(c, copy);
        LOG.debug("sandbox: restore's scan {} ms, swap {} ms ({}), set-aside {} ms ({}), then {} ms for the {} tables"
                + " that differ {}", (scanned - started) / 1_000_000, (swapped - swapping) / 1_000_000,
                used ? swap : "none", (setAside - swapped) / 1_000_000, aside == null ? "none" : aside.spare().tables(),
                (System.nanoTime() - setAside) / 1_000_000, differ.size(), differ);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_current_xact_id_if_assigned()::text")) {
            rs.next();
            String maker = rs.getString(1);
            return new Restored(maker == null ? null : new Mark(oldest, xid(maker)), used, unchecked, aside);
        }
    }

    private static String join(List<String> key) {
        return String.join(" AND ", key.stream().map(k -> "fd_saved." + k + " = fd_live." + k).toList());
    }

    /**
     * In the current transaction, on a store just emptied (sequences at their start), for a role that may not run
     * quiet: every row inserted back, parents first, with our insert triggers (the customer counts) set aside since the
     * tables they keep are copied as they were; the foreign keys are checked.
     */
    static void restoreWhole(Connection c, CopiedTables copy) throws SQLException {
        List<String> quieted = rowInsertTriggers(c);
        try (Statement st = c.createStatement()) {
            for (String trigger : quieted) {
                st.addBatch("ALTER TABLE " + trigger.substring(0, trigger.indexOf(' ')) + " DISABLE TRIGGER "
                        + trigger.substring(trigger.indexOf(' ') + 1));
            }
            for (Map.Entry<String, String> table : copy.columns().entrySet()) {
                if (copy.counts().get(table.getKey()) == 0) {
                    continue;
                }
                st.addBatch("INSERT INTO " + table.getKey() + " (" + table.getValue() + ") OVERRIDING SYSTEM VALUE"
                        + " SELECT " + table.getValue() + " FROM " + copy.schema() + "." + table.getKey());
            }
            for (String trigger : quieted) {
                st.addBatch("ALTER TABLE " + trigger.substring(0, trigger.indexOf(' ')) + " ENABLE TRIGGER "
                        + trigger.substring(trigger.indexOf(' ') + 1));
            }
            st.executeBatch();
        }
        setSequences(c, copy);
    }

    /** Every used sequence set where it stood, in one statement. */
    private static void setSequences(Connection c, CopiedTables copy) throws SQLException {
        if (copy.sequences().isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT 0");
        for (Map.Entry<String, Long> seq : copy.sequences().entrySet()) {
            sql.append(", setval('").append(seq.getKey().replace("'", "''")).append("', ").append(seq.getValue())
                    .append(", true)");
        }
        try (Statement st = c.createStatement()) {
            st.executeQuery(sql.toString()).close();
        }
    }

    /** The snapshot's schema dropped with its tables; in a transaction of its own. */
    static void drop(Connection c, CopiedTables copy) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + copy.schema() + " CASCADE");
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
