package io.frontdesk.sandbox.jdbc;

import io.frontdesk.testing.PostgresLane;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot's mark is the oldest transaction running in the store's own database: a transaction left open in another
 * database of the same server (another suite's, a report) must not make every row of every restore suspect, while one
 * open in the store's database must still count.
 */
class PostgresOldestTest {

    @Test
    void another_databases_open_transaction_is_passed_over_and_one_of_this_database_is_not() throws SQLException {
        String ours = PostgresLane.createDatabase();
        String theirs = PostgresLane.createDatabase();
        try (Connection other = DriverManager.getConnection(theirs);
             Connection writer = DriverManager.getConnection(ours);
             Connection restorer = DriverManager.getConnection(ours)) {
            other.setAutoCommit(false);
            long theirsOpen = xid(other, "SELECT pg_current_xact_id()::text");
            writer.setAutoCommit(false);
            long oursOpen = xid(writer, "SELECT pg_current_xact_id()::text");

            // a transaction ending after both began: ids from a snapshot's upper bound on count as running anyway
            xid(restorer, "SELECT pg_current_xact_id()::text");
            assertThat(xid(restorer, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text"))
                    .as("the server-wide oldest is the other database's").isLessThanOrEqualTo(theirsOpen);
            assertThat(xid(restorer, "SELECT " + PostgresCopies.OLDEST)).as("this database's oldest")
                    .isEqualTo(oursOpen);

            writer.commit();
            assertThat(xid(restorer, "SELECT " + PostgresCopies.OLDEST))
                    .as("with nothing open here, a transaction yet to start").isGreaterThan(oursOpen);
            other.rollback();
        } finally {
            PostgresLane.dropDatabase(ours);
            PostgresLane.dropDatabase(theirs);
        }
    }

    private static long xid(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }
}
