package io.frontdesk.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Every row of every data table and where each id sequence stood, held in memory: a named snapshot.
 *
 * @param sequences SQLite's AUTOINCREMENT counters or PostgreSQL's sequences, by name
 */
public record DatabaseCopy(List<TableRows> tables, Map<String, Long> sequences) {

    public DatabaseCopy {
        tables = List.copyOf(tables);
        sequences = Map.copyOf(sequences);
    }

    public long rows() {
        return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }
}
