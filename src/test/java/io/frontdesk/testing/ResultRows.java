package io.frontdesk.testing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** A query's rows as text, in the order read, for tests that compare a store's contents with an earlier reading. */
public final class ResultRows {

    private ResultRows() {
    }

    /**
     * Each row its columns joined by {@code |}: NULL as {@code ∅} (told apart from an empty string), bytes in hex,
     * arrays by their elements, anything else as the driver's object prints.
     */
    public static List<String> of(Statement st, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(i > 1 ? "|" : "").append(value == null ? "∅"
                            : value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                            : value instanceof Array array ? Arrays.deepToString((Object[]) array.getArray())
                            : value.toString());
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
