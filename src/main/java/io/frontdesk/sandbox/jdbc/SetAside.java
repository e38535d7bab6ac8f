package io.frontdesk.sandbox.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reset's tables set aside whole: the spare they now make (their copy's, since the caller checked their rows
 * against its mark), the keys the swap left unchecked, and the schema of the empty tables not swapped in (null when
 * every one was), to drop after the answer.
 */
record SetAside(Spare spare, List<UncheckedKey> unchecked, String leftover) {

    private static final Logger LOG = LoggerFactory.getLogger(SetAside.class);

    /**
     * In a reset's transaction (running quiet), instead of deleting every row of {@code tables}: the empty tables of
     * {@code empties} swapped in ({@link TableSwap#swap}) and the live ones, whole, moved into schema {@code spare},
     * which is then a ready spare of the copy whose rows they hold: the next restore swaps them back instead of
     * inserting the rows again or waiting for a build. The new tables' identity sequences go on where the old ones
     * stood (a reset of everything then starts them again, as for any table); the tables set aside lose their
     * triggers, as a built spare has none.
     */
    static SetAside make(Connection c, Spare empties, String spare, Set<String> tables) throws SQLException {
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
        TableSwap.Swapped swapped = TableSwap.swap(c, new Spare(empties.schema(), tables), tables);
        // the empty tables not swapped in (those the reset deletes instead) stay in their schema, dropped after the
        // answer; when there are none, the schema holds nothing now (its tables went live, their sequences with them):
        // no file to unlink at the commit
        boolean leftover = !tables.containsAll(empties.tables());
        try (Statement st = c.createStatement()) {
            if (!leftover) {
                st.addBatch("DROP SCHEMA " + empties.schema());
            }
            st.addBatch("ALTER SCHEMA " + empties.grave() + " RENAME TO " + spare);
            // the tables set aside took their triggers with them; a built spare has none
            for (String trigger : swapped.triggers()) {
                int space = trigger.indexOf(' ');
                st.addBatch("DROP TRIGGER " + trigger.substring(space + 1) + " ON " + spare + "."
                        + trigger.substring(0, space));
            }
            st.executeBatch();
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
        return new SetAside(new Spare(spare, tables), swapped.unchecked(), leftover ? empties.schema() : null);
    }
}
