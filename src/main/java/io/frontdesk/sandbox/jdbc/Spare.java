package io.frontdesk.sandbox.jdbc;

import java.util.Set;

/**
 * One generation of a PostgreSQL copy's spares ({@link SpareTables}): a schema holding a table of each of
 * {@code tables}, either the copy's rows with every index built, or empty ones made ahead for a reset to swap in.
 */
record Spare(String schema, Set<String> tables) {

    /** Where a swap from this spare sets the live tables aside ({@link TableSwap}). */
    String grave() {
        return schema + "_old";
    }
}
