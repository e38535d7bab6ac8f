package io.frontdesk.admin;

import com.zaxxer.hikari.HikariDataSource;
import io.frontdesk.db.Database;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite's restore replaces the store's pages under the pool (and with them the schema: the snapshot file was written
 * by VACUUM INTO, which numbers the tables' pages anew, and the account's reset made its full-text tables again).
 * Every pooled connection, warmed before the restore with statements of its own, must read the restored rows and
 * schema at its next use; the writer is warmed by the restore itself, and the restored pages are in the database
 * file, not left in the log for the next request's commit to copy there.
 */
class SqliteRestoreConnectionsTest {

    @Test
    void every_pooled_connection_reads_the_restored_rows_and_schema_and_the_log_is_copied_into_the_file()
            throws Exception {
        try (AdminFixture fixture = AdminFixture.start(Backend.SQLITE)) {
            Client admin = fixture.admin;
            Database db = fixture.server.app().database();
            AdminFixture.Account account = fixture.newAccount();
            Client v2 = account.v2();
            for (int i = 0; i < 3; i++) {
                assertThat(v2.post("/v2/customers", "{\"firstName\":\"Restored\",\"emails\":[{\"type\":\"work\","
                        + "\"value\":\"r" + i + "@warm.test\"}]}").status()).isEqualTo(201);
            }
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"warm\"}").status()).isEqualTo(201);

            // the account holds every customer: its reset empties the tables whole and makes the full-text ones again
            assertThat(admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status()).isEqualTo(204);
            // a reset drops the account's access tokens: a new one, as a test would fetch
            assertThat(account.v2().post("/v2/customers", "{\"firstName\":\"Gone\"}").status()).isEqualTo(201);
            assertEveryConnection(db, "before the restore: restored, indexed, written since", 0L, 0L, 1L);

            assertThat(admin.post("/_frontdesk/snapshots/warm/restore", "").status()).isEqualTo(200);

            assertThat(mainFileCustomers(db)).as("the restored pages are in the database file itself").isEqualTo(3);
            assertEveryConnection(db, "restored, indexed, written since, on every pooled connection", 3L, 3L, 0L);
            Client again = account.v2();
            assertThat(again.get("/v2/customers?query=(firstName:Gone)").json().at("/page/totalElements").asLong())
                    .isZero();
            assertThat(again.get("/v2/customers?query=(email:r1@warm.test)").json().at("/page/totalElements")
                    .asLong()).isEqualTo(1);
            assertThat(again.post("/v2/customers", "{\"firstName\":\"After\"}").status()).as("the writer writes")
                    .isEqualTo(201);
            assertThat(fixture.newAccount().id()).isPositive();
        }
    }

    /** Every connection of the pool at once, so each is checked (Hikari opens the missing ones). */
    /** Every pooled connection, held at once so none is the same, counts {@code expected}. */
    private static void assertEveryConnection(Database db, String description, long... expected) throws SQLException {
        List<Connection> pool = borrowAll(db);
        try {
            for (Connection c : pool) {
                assertThat(customers(c)).as(description).containsExactly(expected);
            }
        } finally {
            giveBack(pool);
        }
    }

    private static List<Connection> borrowAll(Database db) throws SQLException {
        HikariDataSource pool = (HikariDataSource) db.dataSource();
        List<Connection> all = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            all.add(pool.getConnection());
        }
        return all;
    }

    private static void giveBack(List<Connection> connections) throws SQLException {
        for (Connection c : connections) {
            c.close();
        }
    }

    /**
     * The snapshot's customers as the rows and the trigram index find them (the index needs the schema read right),
     * and the customers written after the snapshot.
     */
    private static long[] customers(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT (SELECT count(*) FROM customers WHERE first_name = 'Restored'),"
                     + " (SELECT count(*) FROM customer_fts WHERE first_name LIKE '%Restored%'),"
                     + " (SELECT count(*) FROM customers WHERE first_name = 'Gone')")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
        }
    }

    /** The customers in the database file alone, the log left out (an immutable open never reads it). */
    private static long mainFileCustomers(Database db) throws SQLException {
        String file;
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA database_list")) {
            rs.next();
            file = rs.getString("file");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM customers WHERE first_name = 'Restored'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
