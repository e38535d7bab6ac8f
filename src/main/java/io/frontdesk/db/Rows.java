package io.frontdesk.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Column readers shared by the stores: times are epoch milliseconds, nullable numbers come back as null. */
public final class Rows {

    private Rows() {
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    public static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
