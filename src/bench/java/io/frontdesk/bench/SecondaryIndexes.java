package io.frontdesk.bench;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL bulk loads: drop a table's secondary indexes before COPY and rebuild them from their own definitions
 * afterwards, far cheaper than maintaining them row by row. Constraint indexes (primary keys, unique) stay.
 */
final class SecondaryIndexes {

    private final List<String> definitions;

    private SecondaryIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the secondary indexes of the tables {@code tableCondition} selects (SQL over {@code i.tablename}). */
    static SecondaryIndexes drop(Statement s, String tableCondition) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (var rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND " + tableCondition
                + " AND i.indexname NOT IN (SELECT conname FROM pg_constraint)")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            s.execute("DROP INDEX " + name);
        }
        return new SecondaryIndexes(definitions);
    }

    /** Rebuilds what {@link #drop} dropped. */
    void recreate(Statement s) throws SQLException {
        s.execute("SET maintenance_work_mem = '512MB'");
        for (String index : definitions) {
            s.execute(index);
        }
    }
}
