package io.frontdesk.sandbox.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * In a reset's transaction (quiet), which of the tables it empties are set aside whole as a spare of the copy they
 * still equal ({@link SetAside}) instead of deleted, each table on its own: a table that holds the copy's count of
 * rows and no suspect by its mark (no row compared) is kept, any other is deleted as before. So one table written
 * since the copy (a rollup fold after a restore writes the report rollups) no longer keeps the others from being set
 * aside. Nothing is built here: the empty tables swapped in were made ahead ({@link SpareStock#takeEmpties}); without
 * them the reset deletes.
 */
final class TablesToKeep {

    private static final Logger LOG = LoggerFactory.getLogger(TablesToKeep.class);

    /**
     * Fewest rows for a reset to set tables aside rather than delete them: the swap is catalog work of a fixed cost,
     * which a few hundred rows' deletes cost less than.
     */
    static final long SET_ASIDE_ROWS = 2_000;

    /** Tables to set aside, locked against other writers, and the copy's empty tables taken for them. */
    record Chosen(Spare empties, Set<String> tables) {
    }

    private TablesToKeep() {
    }

    /** {@link #choose} and {@link #setAside} at once, for a reset that deletes those tables afterwards. */
    static SetAside setAsideFor(Connection c, PostgresCopies.CopiedTables owner, Set<String> emptied)
            throws SQLException {
        Chosen chosen = choose(c, owner, emptied);
        return chosen == null ? null : setAside(c, owner, chosen);
    }

    /**
     * Of {@code emptied}, the tables of {@code owner}'s ready empties that still hold its rows, with
     * {@link #SET_ASIDE_ROWS} or more among them; null when none (the empties given back, no lock kept). The tables
     * chosen are locked {@code EXCLUSIVE} until the commit: a row another account inserted between this check and the
     * swap would leave with the tables set aside, and come back with them at the next restore.
     */
    static Chosen choose(Connection c, PostgresCopies.CopiedTables owner, Set<String> emptied) throws SQLException {
        if (!owner.stock().roomForSetAside()) {
            return null;
        }
        Spare empties = owner.stock().takeEmpties();
        if (empties == null) {
            return null;
        }
        Set<String> candidates = new LinkedHashSet<>(empties.tables());
        candidates.retainAll(emptied);
        Set<String> tables = Set.of();
        if (rows(owner, candidates) >= SET_ASIDE_ROWS) {
            Savepoint before = c.setSavepoint();
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("LOCK TABLE " + String.join(", ", candidates) + " IN EXCLUSIVE MODE");
                }
                tables = unchanged(c, owner, candidates);
                if (rows(owner, tables) >= SET_ASIDE_ROWS) {
                    c.releaseSavepoint(before);
                } else {
                    c.rollback(before);
                }
            } catch (SQLException e) {
                // a deadlock the server finds with another account's request: the reset deletes
                c.rollback(before);
                LOG.debug("sandbox: {} not set aside: {}", candidates, e.getMessage());
                tables = Set.of();
            }
        }
        if (rows(owner, tables) < SET_ASIDE_ROWS) {
            owner.stock().giveEmpties(empties);
            LOG.debug("sandbox: nothing of {} set aside: {} hold the rows of {} by its mark", candidates, tables,
                    owner.schema());
            return null;
        }
        return new Chosen(empties, tables);
    }

    /**
     * The chosen tables swapped for empty ones and kept as a spare of {@code owner}; null when that failed (rolled
     * back, the empties given back: the caller deletes the tables' rows).
     */
    static SetAside setAside(Connection c, PostgresCopies.CopiedTables owner, Chosen chosen) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            SetAside aside = SetAside.make(c, chosen.empties(), owner.stock().nextName(owner.schema()),
                    chosen.tables());
            c.releaseSavepoint(before);
            return aside;
        } catch (SQLException e) {
            c.rollback(before);
            owner.stock().giveEmpties(chosen.empties());
            LOG.debug("sandbox: {} not set aside: {}", chosen.tables(), e.getMessage());
            return null;
        }
    }

    private static long rows(PostgresCopies.CopiedTables copy, Set<String> tables) {
        return tables.stream().mapToLong(t -> copy.counts().getOrDefault(t, 0L)).sum();
    }

    /** The tables that hold the copy's count of rows and no suspect row: one scan of each, no text, one round trip. */
    private static Set<String> unchanged(Connection c, PostgresCopies.CopiedTables copy, Set<String> tables)
            throws SQLException {
        String suspect = PostgresCopies.suspect(copy.mark().get());
        List<String> counts = new ArrayList<>();
        for (String table : tables) {
            counts.add("SELECT '" + table + "', count(*), count(*) FILTER (WHERE " + suspect + ") FROM " + table);
        }
        Set<String> out = new LinkedHashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(String.join(" UNION ALL ", counts))) {
            while (rs.next()) {
                if (rs.getLong(2) == copy.counts().getOrDefault(rs.getString(1), -1L) && rs.getLong(3) == 0) {
                    out.add(rs.getString(1));
                }
            }
        }
        // parents first, as the empties list them
        Set<String> ordered = new LinkedHashSet<>(tables);
        ordered.retainAll(out);
        return ordered;
    }
}
