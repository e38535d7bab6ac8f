package io.frontdesk.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Rows of one table as plain values, kept by the sandbox to put an account back as it was made. */
public record TableRows(String table, List<String> columns, List<List<Object>> rows) {

    public TableRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList());
    }
}
