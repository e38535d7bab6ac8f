package io.frontdesk.sandbox.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexed spares of a PostgreSQL copy's search-indexed tables (those with a GIN index: the customers, their emails and
 * phones, conversations, threads), swapped in whole by a restore that would otherwise insert most of their rows back
 * (docs/sandbox.md, "Snapshots"). A deleted row cannot be brought back, and inserting 30,000 rows through seven
 * trigram indexes costs about a second; a spare holds the copy's rows with every index built, made off the request
 * path, so the restore changes the catalog instead: the live table dropped, the spare moved into its place.
 *
 * <p>A spare is a schema of its own ({@link PostgresCopies#PREFIX} and the copy's id, so a leftover is found as the
 * copies are) holding a table of each such name, made {@code LIKE} the live one (columns, defaults, identity, checks,
 * not-null constraints) with every index and primary or unique key of the live table made again under the same name.
 * Moved into the live schema, it carries its indexes, constraints and identity sequence under the canonical names.
 * The foreign keys into and out of the swapped tables, their triggers and their grants are made again from the live
 * table's own definitions; the foreign keys {@code NOT VALID}, since checking them would read every row (the rows are
 * the copy's, which were valid), then validated after the answer.
 */
final class PostgresSpares {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSpares.class);

    /** Spares kept ready per copy: a suite's reset of an account and of everything each use one before a rebuild. */
    static final int DEPTH = 2;

    /**
     * Sets of empty tables kept ready per copy, for resets to swap in ({@link #setAside}): a suite's round may reset an
     * account and then everything with one restore between them, less time than making a set takes on a loaded machine.
     */
    static final int EMPTIES = 2;

    private static final Pattern INDEX_ON = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX \\S+ ON (?:ONLY )?)\\S+( USING .*)$",
            Pattern.DOTALL);

    /** One generation: a schema holding a spare of each of {@code tables}. */
    record Spare(String schema, Set<String> tables) {
    }

    /**
     * A foreign key made again {@code NOT VALID} by a swap, to validate later.
     *
     * @param table quoted, in the live schema
     * @param name  quoted
     */
    record Unchecked(String table, String name) {
    }

    /** A copy's spares: those ready, the build in flight, the foreign keys left to validate. */
    static final class Stock {
        private final Deque<Spare> ready = new ArrayDeque<>();
        private final List<Unchecked> unchecked = new ArrayList<>();
        private final AtomicInteger made = new AtomicInteger();
        private CompletableFuture<Void> building = CompletableFuture.completedFuture(null);
        private boolean discarded;

        synchronized Spare take() {
            return ready.pollFirst();
        }

        synchronized void giveBack(Spare spare) {
            ready.addFirst(spare);
        }

        synchronized boolean add(Spare spare) {
            if (discarded) {
                return false;
            }
            ready.addLast(spare);
            notifyAll();
            return true;
        }

        /**
         * Waits until a spare is ready, the builds in flight have ended (a failure included) or {@code millis} have
         * passed. The next spare, not every build queued: a build takes a second or more, and the restore that waited
         * for the whole queue (both spares of a round) waited twice as long as it needed (docs/sandbox.md).
         */
        synchronized void awaitSpare(long millis) throws InterruptedException {
            long deadline = System.nanoTime() + millis * 1_000_000L;
            while (ready.isEmpty() && !building.isDone() && !discarded) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                wait(left);
            }
        }

        /** Wakes {@link #awaitSpare}: the builds in flight have ended. */
        synchronized void built() {
            notifyAll();
        }

        synchronized boolean wanting() {
            return !discarded && ready.size() < DEPTH;
        }

        /** A reset's tables set aside ({@link #setAside}), next to be taken; false when the copy was discarded. */
        synchronized boolean keep(Spare spare) {
            if (discarded) {
                return false;
            }
            ready.addFirst(spare);
            notifyAll();
            return true;
        }

        /**
         * Whether a reset may set the copy's tables aside as one more spare: up to one beyond {@link #DEPTH}, which
         * the next swap restore takes, so that in a suite's loop of resets and restores the same tables go round and
         * none is built.
         */
        synchronized boolean roomForSetAside() {
            return !discarded && ready.size() <= DEPTH;
        }

        private final Deque<Spare> empties = new ArrayDeque<>();

        /**
         * Held by the spares' thread while a transaction of its own locks the live tables (a spare's or empty tables'
         * {@code LIKE}, a key's validation), and tried by an account's reset before its set-aside swaps them: that
         * reset holds the store's advisory lock shared only, as those transactions do, so the two could otherwise
         * lock the same tables in different orders and deadlock.
         */
        private final ReentrantLock liveTables = new ReentrantLock();

        ReentrantLock liveTables() {
            return liveTables;
        }

        /** The empty tables made ahead for a reset to swap in, taken; null when none is ready. */
        synchronized Spare takeEmpties() {
            return empties.pollFirst();
        }

        /** Empty tables given back unused (the reset found nothing to set aside), or newly made. */
        synchronized boolean giveEmpties(Spare spare) {
            if (discarded || empties.size() >= EMPTIES) {
                return false;
            }
            empties.addFirst(spare);
            return true;
        }

        synchronized boolean hasEmpties() {
            return !empties.isEmpty();
        }

        synchronized boolean wantingEmpties() {
            return !discarded && empties.size() < EMPTIES;
        }

        synchronized boolean discarded() {
            return discarded;
        }

        synchronized void uncheck(List<Unchecked> keys) {
            unchecked.addAll(keys);
        }

        synchronized List<Unchecked> takeUnchecked() {
            List<Unchecked> out = List.copyOf(unchecked);
            unchecked.clear();
            return out;
        }

        String nextName(String copySchema) {
            return copySchema + "_" + made.incrementAndGet();
        }

        /** Every spare schema name ever given out, and their graves, for the drop. */
        List<String> names(String copySchema) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= made.get(); i++) {
                out.add(copySchema + "_" + i);
                out.add(copySchema + "_" + i + "_old");
            }
            return out;
        }

        private final List<String> graves = new ArrayList<>();

        /** A used spare's schema and its grave, to drop after the answer. */
        synchronized void bury(Spare spare) {
            graves.add(spare.schema());
            graves.add(grave(spare));
        }

        synchronized List<String> takeGraves() {
            List<String> out = List.copyOf(graves);
            graves.clear();
            return out;
        }

        synchronized CompletableFuture<Void> building() {
            return building;
        }

        synchronized void building(CompletableFuture<Void> next) {
            building = next;
        }

        /** No spare is added from now on; answers the build in flight, to wait for before dropping. */
        synchronized CompletableFuture<Void> discard() {
            discarded = true;
            return building;
        }
    }

    private PostgresSpares() {
    }

    /**
     * Of {@code tables}, those with rows in the copy ({@code counts}) that have a GIN index, are ours to drop and no
     * view reads.
     */
    static Set<String> worthSparing(Connection c, List<String> tables, Map<String, Long> counts) throws SQLException {
        Set<String> out = new java.util.LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT t.relname FROM pg_index i"
                + " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ix ON ix.oid = i.indexrelid"
                + " JOIN pg_am am ON am.oid = ix.relam JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " WHERE ns.nspname = current_schema() AND am.amname = 'gin' AND t.relname = ANY (?)"
                + " AND pg_has_role(t.relowner, 'USAGE')"
                // a view (none today) would follow the table set aside, and go with it: such a table is never swapped
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
                + " WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = t.oid AND r.ev_class <> t.oid)")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        out.removeIf(t -> counts.getOrDefault(t, 0L) == 0);
        // parents first, as the copy lists them
        List<String> ordered = new ArrayList<>(tables);
        ordered.retainAll(out);
        return new java.util.LinkedHashSet<>(ordered);
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
     * In the restore's transaction (running quiet): {@code tables} of the live schema set aside ({@link #grave}) and
     * the spare's moved in their place, with the foreign keys into and out of them, their triggers and grants made
     * again. The spare's schema and the grave are the caller's to drop once committed. Answers the foreign keys made
     * again unchecked.
     */
    static List<Unchecked> swap(Connection c, Spare spare, Set<String> tables) throws SQLException {
        long started = System.nanoTime();
        Array names = c.createArrayOf("text", tables.toArray());
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<Unchecked> unchecked = new ArrayList<>();
        String live;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT quote_ident(current_schema())")) {
            rs.next();
            live = rs.getString(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(cl.relname), quote_ident(con.conname),"
                + " pg_get_constraintdef(con.oid), con.convalidated, cl.relname = ANY (?)"
                + " FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid"
                + " JOIN pg_namespace ns ON ns.oid = cl.relnamespace JOIN pg_class p ON p.oid = con.confrelid"
                + " JOIN pg_namespace pns ON pns.oid = p.relnamespace WHERE con.contype = 'f'"
                + " AND ns.nspname = current_schema() AND pns.nspname = current_schema()"
                + " AND (cl.relname = ANY (?) OR p.relname = ANY (?)) ORDER BY 1, 2")) {
            ps.setArray(1, names);
            ps.setArray(2, names);
            ps.setArray(3, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String def = rs.getString(3);
                    // every key goes first, those of the tables set aside too: nothing may cascade into them
                    before.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                    boolean valid = rs.getBoolean(4);
                    after.add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + def
                            + (valid ? " NOT VALID" : ""));
                    if (valid) {
                        unchecked.add(new Unchecked(table, name));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_triggerdef(t.oid), t.tgenabled,"
                + " quote_ident(cl.relname), quote_ident(t.tgname) FROM pg_trigger t"
                + " JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                + " WHERE NOT t.tgisinternal AND ns.nspname = current_schema() AND cl.relname = ANY (?) ORDER BY 3, 4")) {
            ps.setArray(1, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    after.add(rs.getString(1));
                    String state = switch (rs.getString(2)) {
                        case "D" -> "DISABLE TRIGGER ";
                        case "R" -> "ENABLE REPLICA TRIGGER ";
                        case "A" -> "ENABLE ALWAYS TRIGGER ";
                        default -> null;
                    };
                    if (state != null) {
                        after.add("ALTER TABLE " + rs.getString(3) + " " + state + rs.getString(4));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(cl.relname), a.privilege_type,"
                + " CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.is_grantable"
                + " FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                + " CROSS JOIN LATERAL aclexplode(cl.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
                + " WHERE ns.nspname = current_schema() AND cl.relname = ANY (?) AND a.grantee <> cl.relowner")) {
            ps.setArray(1, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    after.add("GRANT " + rs.getString(2) + " ON " + rs.getString(1) + " TO " + rs.getString(3)
                            + (rs.getBoolean(4) ? " WITH GRANT OPTION" : ""));
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
            st.addBatch("CREATE SCHEMA " + grave(spare));
            for (String table : tables) {
                st.addBatch("ALTER TABLE " + table + " SET SCHEMA " + grave(spare));
                st.addBatch("ALTER TABLE " + spare.schema() + "." + table + " SET SCHEMA " + live);
            }
            for (String sql : after) {
                st.addBatch(sql);
            }
            st.executeBatch();
        }
        LOG.debug("sandbox: {} swapped in from {} in {} ms", tables, spare.schema(),
                (System.nanoTime() - started) / 1_000_000);
        return unchecked;
    }

    /**
     * Empty tables like {@code tables}, with every index and key, made ahead on the spares' thread for a reset to swap
     * in ({@link #setAside}); in a transaction of its own (a share lock on each live table while it runs).
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

    /**
     * A reset's tables set aside whole: the spare they now make (their copy's, since the caller checked their rows
     * against its mark) and the keys the swap left unchecked.
     */
    record SetAside(Spare spare, List<Unchecked> unchecked) {
    }

    /**
     * In a reset's transaction (running quiet), instead of deleting every row of {@code tables}: the empty tables of
     * {@code empties} swapped in ({@link #swap}) and the live ones, whole, moved into schema {@code spare}, which is
     * then a ready spare of the copy whose rows they hold: the next restore swaps them back instead of inserting the
     * rows again or waiting for a build. The new tables' identity sequences go on where the old ones stood (a reset of
     * everything then starts them again, as for any table); the tables set aside lose their triggers, as a built spare
     * has none.
     */
    static SetAside setAside(Connection c, Spare empties, String spare, Set<String> tables) throws SQLException {
        long started = System.nanoTime();
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(s.relname), ps.last_value FROM pg_class s"
                + " JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid"
                + " AND d.deptype IN ('a', 'i')"
                + " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace ns ON ns.oid = t.relnamespace"
                + " JOIN pg_sequences ps ON ps.schemaname = ns.nspname AND ps.sequencename = s.relname"
                + " WHERE s.relkind = 'S' AND ns.nspname = current_schema() AND t.relname = ANY (?)"
                + " AND ps.last_value IS NOT NULL")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Unchecked> unchecked = swap(c, new Spare(empties.schema(), tables), tables);
        try (Statement st = c.createStatement()) {
            // the empties' schema holds nothing now (its tables went live, their sequences with them): no file to
            // unlink at the commit
            st.addBatch("DROP SCHEMA " + empties.schema());
            st.addBatch("ALTER SCHEMA " + grave(empties) + " RENAME TO " + spare);
            st.executeBatch();
            List<String> triggers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT 'DROP TRIGGER ' || quote_ident(t.tgname)"
                    + " || ' ON ' || quote_ident(ns.nspname) || '.' || quote_ident(cl.relname) FROM pg_trigger t"
                    + " JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                    + " WHERE NOT t.tgisinternal AND ns.nspname = ?")) {
                ps.setString(1, spare);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                }
            }
            for (String sql : triggers) {
                st.addBatch(sql);
            }
            if (!triggers.isEmpty()) {
                st.executeBatch();
            }
            if (!sequences.isEmpty()) {
                StringBuilder set = new StringBuilder("SELECT 0");
                for (Map.Entry<String, Long> seq : sequences.entrySet()) {
                    set.append(", setval('").append(seq.getKey().replace("'", "''")).append("', ")
                            .append(seq.getValue()).append(", true)");
                }
                st.executeQuery(set.toString()).close();
            }
        }
        LOG.debug("sandbox: {} set aside into {} in {} ms", tables, spare, (System.nanoTime() - started) / 1_000_000);
        return new SetAside(new Spare(spare, tables), unchecked);
    }

    /** Where a swap sets the live tables aside. */
    static String grave(Spare spare) {
        return spare.schema() + "_old";
    }

    /** The keys a swap left unchecked, validated (each reads its table, under a lock that lets reads and writes by). */
    static void validate(Connection c, List<Unchecked> keys) throws SQLException {
        try (Statement st = c.createStatement(); PreparedStatement unchecked = c.prepareStatement("SELECT EXISTS"
                + " (SELECT 1 FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns"
                + " ON ns.oid = cl.relnamespace WHERE ns.nspname = current_schema() AND quote_ident(cl.relname) = ?"
                + " AND quote_ident(con.conname) = ? AND NOT con.convalidated)")) {
            for (Unchecked key : keys) {
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
