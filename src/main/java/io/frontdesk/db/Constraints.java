package io.frontdesk.db;

import java.sql.SQLException;

/** Recognises a unique-index violation on either database, so a lost race becomes a clean 409, not a 500. */
public final class Constraints {

    private static final int SQLITE_CONSTRAINT = 19;

    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState())) {
                    return true;
                }
                String message = sql.getMessage();
                if ((sql.getErrorCode() == SQLITE_CONSTRAINT || message != null && message.contains("SQLITE_CONSTRAINT"))
                        && message != null && message.contains("UNIQUE")) {
                    return true;
                }
            }
        }
        return false;
    }
}
