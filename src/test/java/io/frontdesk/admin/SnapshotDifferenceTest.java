package io.frontdesk.admin;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.DatabaseCopy;
import io.frontdesk.sandbox.jdbc.JdbcSandboxStore;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.ResultRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A restore gives back exactly the snapshot: every table's rows (compared whole, as text), where every id sequence
 * stands, the derived rows (customer counts, search), after rows were changed, deleted and added since, and after the
 * snapshot's account was emptied. On PostgreSQL the restore puts back only the difference, so this is its proof.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SnapshotDifferenceTest {

    @Parameter
    Backend backend;

    @Test
    void a_restore_gives_back_every_row_and_sequence_after_changes_deletions_and_additions() throws Exception {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Client admin = fixture.admin;
            Database db = fixture.server.app().database();
            AdminFixture.Account account = fixture.newAccount();
            Client v2 = account.v2();
            List<Long> customers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Response made = v2.post("/v2/customers", "{\"firstName\":\"Snap" + i + "\",\"lastName\":\"Shot\","
                        + "\"jobTitle\":\"Tester\",\"emails\":[{\"type\":\"work\",\"value\":\"snap" + i
                        + "@diff.test\"}],\"phones\":[{\"type\":\"work\",\"value\":\"+33 1 00 00 00 0" + i + "\"}]}");
                assertThat(made.status()).as("%s", made).isEqualTo(201);
                customers.add(Long.parseLong(made.header("Resource-ID")));
            }
            for (int i = 0; i < 2; i++) {
                assertThat(v2.post("/v2/conversations", "{\"subject\":\"Kept " + i + "\",\"type\":\"email\","
                        + "\"status\":\"active\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"id\":"
                        + customers.get(i) + "},\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":"
                        + customers.get(i) + "},\"text\":\"Hello " + i + "\"}]}").status()).isEqualTo(201);
            }
            Map<String, List<String>> saved = quiet(db);
            List<String> catalog = catalog(db);
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"diff\"}").status()).isEqualTo(201);
            assertThat(differences(saved, dump(db))).as("nothing ran between the dump and the snapshot").isEmpty();

            // changed, deleted and added rows, through the APIs and straight in the store
            assertThat(v2.put("/v2/customers/" + customers.get(0), "{\"firstName\":\"Changed\",\"lastName\":"
                    + "\"Shot\"}").status()).isEqualTo(204);
            assertThat(v2.delete("/v2/customers/" + customers.get(3)).status()).isEqualTo(204);
            AdminFixture.Account later = fixture.newAccount();
            assertThat(later.v2().post("/v2/customers", "{\"firstName\":\"Later\"}").status()).isEqualTo(201);
            assertThat(v2.post("/v2/customers", "{\"firstName\":\"Added\"}").status()).isEqualTo(201);
            assertThat(v2.post("/v2/customers", "{\"firstName\":\"Added\",\"lastName\":\"Too\"}").status())
                    .isEqualTo(201);
            assertThat(v2.post("/v2/conversations", "{\"subject\":\"Added\",\"type\":\"email\",\"status\":\"active\","
                    + "\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"id\":" + customers.get(1) + "},"
                    + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customers.get(1) + "},"
                    + "\"text\":\"More\"}]}").status()).isEqualTo(201);
            sql(db, "UPDATE customers SET job_title = NULL WHERE id = " + customers.get(1));
            sql(db, "UPDATE customers SET job_title = '' WHERE id = " + customers.get(2));
            Map<String, List<String>> changed = quiet(db);
            assertThat(changed).isNotEqualTo(saved);
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"changed\"}").status()).isEqualTo(201);

            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
            long changedCount = total(v2, "/v2/customers");
            assertThat(changedCount).isEqualTo(5);
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    Response r = v2.get("/v2/customers");
                    seen.add(r.status() == 200 ? r.json().at("/page/totalElements").asLong() : -r.status());
                }
            });
            reader.start();
            try {
                assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            } finally {
                stop.set(true);
                reader.join();
            }
            assertThat(differences(saved, dump(db))).as("every table and sequence as saved").isEmpty();
            assertThat(seen).as("a reader sees the store before or after the restore")
                    .allMatch(n -> n == changedCount || n == 4L);

            Client again = account.v2();
            assertThat(total(again, "/v2/customers")).as("the customer count").isEqualTo(4);
            assertThat(total(again, "/v2/customers?query=(firstName:Snap0)")).as("search follows").isEqualTo(1);
            assertThat(total(again, "/v2/customers?query=(firstName:Changed)")).isZero();
            assertThat(total(again, "/v2/customers?query=(firstName:Added)")).isZero();
            assertThat(total(again, "/v2/customers?query=(firstName:Snap3)")).isEqualTo(1);

            // each copy tells its own rows apart whatever the others' restores wrote in between
            assertThat(admin.post("/_frontdesk/snapshots/changed/restore", "").status()).isEqualTo(200);
            assertThat(differences(changed, dump(db))).isEmpty();
            assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).isEmpty();

            // the worst case: the snapshot's account emptied, then everything put back (on PostgreSQL by swapping
            // the search-indexed tables in whole from the copy's spares, made since its first restore above)
            long customersTable = relation(db, "customers");
            assertThat(admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status()).isEqualTo(204);
            assertThat(total(account.v2(), "/v2/customers")).isZero();
            seen.clear();
            stop.set(false);
            // one connection and one statement throughout, prepared on the server after its first uses: it must
            // find the swapped-in tables by name on its own
            Thread racing = new Thread(() -> {
                try (Connection c = db.dataSource().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) * 1000 + (SELECT count(*) FROM customer_entries e WHERE e.account_id = ?)"
                                + " FROM customers WHERE account_id = ? AND lower(first_name) LIKE '%nap%'")) {
                    while (!stop.get()) {
                        ps.setLong(1, account.id());
                        ps.setLong(2, account.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            seen.add(rs.getLong(1));
                        }
                    }
                } catch (SQLException e) {
                    seen.add(-1L);
                    throw new IllegalStateException(e);
                }
            });
            racing.start();
            try {
                assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            } finally {
                stop.set(true);
                racing.join();
            }
            assertThat(seen).as("a reader racing the swap sees the store before or after it (4 customers, 8 entries)")
                    .isNotEmpty().allMatch(n -> n == 0L || n == 4008L);
            assertThat(differences(saved, dump(db))).isEmpty();
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("the customers were swapped in whole")
                        .isNotEqualTo(customersTable);
            }
            Client fresh = account.v2();
            assertThat(total(fresh, "/v2/customers")).as("the customer count").isEqualTo(4);
            assertThat(total(fresh, "/v2/customers?query=(firstName:Snap0)")).as("search").isEqualTo(1);
            assertThat(total(fresh, "/v2/customers?query=(email:%22snap1@diff.test%22)")).isEqualTo(1);
            assertCatalog(db, catalog);

            // writes and foreign keys work on the swapped tables, and the same snapshot comes back over them
            Response written = fresh.post("/v2/customers", "{\"firstName\":\"After\",\"emails\":[{\"type\":"
                    + "\"work\",\"value\":\"after@diff.test\"}]}");
            assertThat(written.status()).as("%s", written).isEqualTo(201);
            assertThat(fresh.delete("/v2/customers/" + customers.get(2)).status()).isEqualTo(204);
            assertThat(total(fresh, "/v2/customers?query=(email:%22snap2@diff.test%22)")).as("its emails went with it")
                    .isZero();
            if (backend == Backend.POSTGRESQL) {
                assertThat(rows(db, "SELECT count(*) FROM customer_entries WHERE customer_id = "
                        + customers.get(2))).as("the cascade of the key made again").containsExactly("0");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql(db, "INSERT INTO customer_entries"
                        + " (account_id, customer_id, kind, value, value_lower) VALUES (" + account.id()
                        + ", 999999, 'email', 'x', 'x')")).as("the key checks new rows").isInstanceOf(SQLException.class);
            }
            assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("a second restore after more writes").isEmpty();

            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("after a reset of everything").isEmpty();
            assertThat(total(account.v2(), "/v2/customers")).isEqualTo(4);
            assertThat(total(account.v2(), "/v2/customers?query=(firstName:Snap3)")).isEqualTo(1);
            assertCatalog(db, catalog);
            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("after another reset of everything").isEmpty();
            assertThat(admin.post("/_frontdesk/snapshots/diff/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restoring an unchanged store changes nothing").isEmpty();
            assertCatalog(db, catalog);
        }
    }

    /**
     * A big store (2,500 customers, over the set-aside threshold): on PostgreSQL, once the snapshot's spares and empty
     * tables are made (after its first restore, in the background), the account's reset and the reset of everything
     * swap the empty tables in and set the search-indexed tables aside whole, and the next restore swaps those same
     * tables back (their relation ids come back) instead of inserting the rows or waiting for a build. The store equals
     * the snapshot row by row after each, a write made after a restore keeps the tables from being set aside (a later
     * restore still gives the snapshot back, not the written row), writes after a reset are undone by the restore, ids
     * go on after an account's reset and start again after a reset of everything, and the catalog is as before.
     */
    @Test
    void a_reset_sets_the_big_tables_aside_and_the_next_restore_swaps_them_back() throws Exception {
        // fixed first-start credentials, as a sandbox has: a reset of everything then restores first start's state
        try (AdminFixture fixture = AdminFixture.start(backend, Map.of(
                io.frontdesk.config.ConfigKey.BOOTSTRAP_CLIENT_ID, "sandbox-client-id",
                io.frontdesk.config.ConfigKey.BOOTSTRAP_CLIENT_SECRET, "sandbox-client-secret",
                io.frontdesk.config.ConfigKey.BOOTSTRAP_API_KEY, "sandbox-api-key-v1",
                io.frontdesk.config.ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY, "sandbox-helpcrunch-key"))) {
            Client admin = fixture.admin;
            Database db = fixture.server.app().database();
            AdminFixture.Account account = fixture.newAccount();
            Client v2 = account.v2();
            long first = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Snap\",\"emails\":[{\"type\":"
                    + "\"work\",\"value\":\"snap@aside.test\"}]}").header("Resource-ID"));
            assertThat(v2.post("/v2/conversations", "{\"subject\":\"Kept\",\"type\":\"email\",\"status\":"
                    + "\"active\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"id\":" + first + "},"
                    + "\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + first + "},\"text\":\"Hi\"}]}")
                    .status()).isEqualTo(201);
            sql(db, backend == Backend.POSTGRESQL
                    ? "INSERT INTO customers (account_id, first_name, last_name, created_at, updated_at)"
                    + " SELECT " + account.id() + ", 'Bulk' || g, 'Aside', 1700000000000 + g, 1700000000000 + g"
                    + " FROM generate_series(1, 2500) g"
                    : "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 2500)"
                    + " INSERT INTO customers (account_id, first_name, last_name, created_at, updated_at)"
                    + " SELECT " + account.id() + ", 'Bulk' || n, 'Aside', 1700000000000 + n, 1700000000000 + n FROM g");
            // an email for each: a second big table, so that one written table and one still the snapshot's meet
            sql(db, "INSERT INTO customer_entries (account_id, customer_id, kind, value, value_lower)"
                    + " SELECT account_id, id, 'email', 'bulk' || id || '@entries.test',"
                    + " 'bulk' || id || '@entries.test' FROM customers WHERE last_name = 'Aside'");
            Map<String, List<String>> saved = quiet(db);
            List<String> catalog = catalog(db);
            assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"big\"}").status()).isEqualTo(201);
            // the first restore (nothing to put back) starts the snapshot's spares and empty tables
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            settled(db);
            long customersTable = relation(db, "customers");
            long threadsTable = relation(db, "threads");
            long entriesTable = relation(db, "customer_entries");
            long lastId = Long.parseLong(rows(db, "SELECT max(id) FROM customers").get(0));

            // the account's reset: the tables set aside, the ids going on
            assertThat(admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status()).isEqualTo(204);
            assertThat(total(account.v2(), "/v2/customers")).isZero();
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("an empty table swapped in").isNotEqualTo(customersTable);
            }
            Response after = account.v2().post("/v2/customers", "{\"firstName\":\"AfterReset\",\"emails\":"
                    + "[{\"type\":\"work\",\"value\":\"snap@aside.test\"}]}");
            assertThat(after.status()).as("%s", after).isEqualTo(201);
            assertThat(Long.parseLong(after.header("Resource-ID"))).as("ids go on after an account's reset")
                    .isGreaterThan(lastId);
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restored after the account's reset").isEmpty();
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("the tables set aside came back").isEqualTo(customersTable);
                assertThat(relation(db, "threads")).isEqualTo(threadsTable);
            }
            assertThat(total(account.v2(), "/v2/customers?query=(firstName:Bulk2500)")).as("search").isEqualTo(1);
            assertThat(total(account.v2(), "/v2/customers?query=(email:%22snap@aside.test%22)")).isEqualTo(1);
            assertCatalog(db, catalog);
            settled(db);

            // a write after the restore: the changed table is not the snapshot's any more, so it is not set aside;
            // the entries, still the snapshot's, are (each table on its own)
            assertThat(account.v2().put("/v2/customers/" + first, "{\"firstName\":\"Changed\"}").status())
                    .isEqualTo(204);
            assertThat(admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status()).isEqualTo(204);
            assertThat(rows(db, "SELECT count(*) FROM customer_entries")).containsExactly("0");
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("emptied by its deletes").isEqualTo(customersTable);
                assertThat(relation(db, "customer_entries")).as("set aside").isNotEqualTo(entriesTable);
            }
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restored after a write and the account's reset").isEmpty();
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customer_entries")).as("swapped back").isEqualTo(entriesTable);
            }
            assertThat(total(account.v2(), "/v2/customers?query=(firstName:Changed)")).isZero();
            assertCatalog(db, catalog);

            // the reset of everything: the first empties the store and keeps first start's state (no set-aside),
            // the next ones restore that state and set the tables aside; twice in a row (the second finds nothing to
            // set aside), writes in between
            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restored after the first reset of everything").isEmpty();
            settled(db);
            long beforeAll = relation(db, "customers");
            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("set aside").isNotEqualTo(beforeAll);
            }
            assertThat(rows(db, "SELECT count(*) FROM customers")).containsExactly("0");
            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restored after two resets of everything").isEmpty();
            if (backend == Backend.POSTGRESQL) {
                assertThat(relation(db, "customers")).as("set aside by the first reset, swapped back")
                        .isEqualTo(beforeAll);
            }
            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            AdminFixture.Account other = fixture.newAccount();
            assertThat(other.v2().post("/v2/customers", "{\"firstName\":\"Written\"}").status()).isEqualTo(201);
            assertThat(rows(db, "SELECT min(id) FROM customers")).as("ids start again after a reset of everything")
                    .containsExactly("1");
            assertThat(admin.post("/_frontdesk/snapshots/big/restore", "").status()).isEqualTo(200);
            assertThat(differences(saved, dump(db))).as("restored after a reset of everything and writes").isEmpty();
            assertThat(total(account.v2(), "/v2/customers")).isEqualTo(2501);
            assertCatalog(db, catalog);
        }
    }

    /**
     * On PostgreSQL, waits until the sandbox's background work (spares, empty tables, dropped graves) is done: no other
     * statement of this database running and the snapshot schemas the same in two looks a moment apart.
     */
    private static void settled(Database db) throws Exception {
        if (db.vendor() != DbVendor.POSTGRESQL) {
            return;
        }
        String look = "SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND pid <> pg_backend_pid()) || ' ' || (SELECT string_agg(nspname, ','"
                + " ORDER BY nspname) FROM pg_namespace WHERE nspname LIKE 'frontdesk_snapshot_%')";
        String before = rows(db, look).get(0);
        for (int i = 0; i < 150; i++) {
            Thread.sleep(200);
            String now = rows(db, look).get(0);
            if (now.equals(before) && now.startsWith("0 ")) {
                return;
            }
            before = now;
        }
        throw new AssertionError("the sandbox's background work never ended: " + before);
    }

    /**
     * On PostgreSQL, every index, constraint (with whether it is validated), trigger (with its state), identity and
     * grant of the live schema, by name and definition; empty on SQLite.
     */
    private static List<String> catalog(Database db) throws SQLException {
        if (db.vendor() != DbVendor.POSTGRESQL) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.addAll(rows(db, "SELECT 'index ' || tablename || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema()"));
        out.addAll(rows(db, "SELECT 'constraint ' || cl.relname || ' ' || con.conname || ' '"
                + " || pg_get_constraintdef(con.oid) || ' ' || con.convalidated FROM pg_constraint con"
                + " JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                + " WHERE ns.nspname = current_schema()"));
        out.addAll(rows(db, "SELECT 'trigger ' || cl.relname || ' ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text"
                + " FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace ns"
                + " ON ns.oid = cl.relnamespace WHERE NOT t.tgisinternal AND ns.nspname = current_schema()"));
        out.addAll(rows(db, "SELECT 'identity ' || table_name || '.' || column_name || ' '"
                + " || pg_get_serial_sequence(quote_ident(table_name), column_name) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND is_identity = 'YES'"));
        out.addAll(rows(db, "SELECT 'column ' || table_name || '.' || column_name || ' ' || ordinal_position || ' '"
                + " || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM"
                + " information_schema.columns WHERE table_schema = current_schema()"));
        out.addAll(rows(db, "SELECT 'grant ' || table_name || ' ' || grantee || ' ' || privilege_type"
                + " FROM information_schema.role_table_grants WHERE table_schema = current_schema()"));
        out.addAll(rows(db, "SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname NOT LIKE 'frontdesk_snapshot_%'"));
        out.sort(null);
        return out;
    }

    /** The catalog comes back as it was, once the swap's keys are validated after the answer (polled). */
    private static void assertCatalog(Database db, List<String> expected) throws Exception {
        List<String> now = catalog(db);
        for (int i = 0; i < 100 && !now.equals(expected); i++) {
            Thread.sleep(100);
            now = catalog(db);
        }
        List<String> actual = now;
        assertThat(actual).as("the catalog as before the swap; missing %s, extra %s",
                expected.stream().filter(r -> !actual.contains(r)).toList(),
                actual.stream().filter(r -> !expected.contains(r)).toList()).isEqualTo(expected);
    }

    /** The table's relation id on PostgreSQL (a swap changes it); 0 on SQLite. */
    private static long relation(Database db, String table) throws SQLException {
        return db.vendor() != DbVendor.POSTGRESQL ? 0
                : Long.parseLong(rows(db, "SELECT '" + table + "'::regclass::oid").get(0));
    }

    private static List<String> rows(Database db, String query) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            return rows(st, query);
        }
    }

    /**
     * Column types the schema does not use yet (json, jsonb, arrays, timestamps with zone, NULLs against empty
     * strings) and a table without a primary key holding two equal rows, through the store itself: its schema is read
     * on first use, so the tables made here are among those it copies.
     */
    @Test
    void whole_rows_of_every_column_type_and_a_table_without_a_key_come_back_exactly() throws Exception {
        assumeTrue(backend == Backend.POSTGRESQL, "PostgreSQL's column types");
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Database db = fixture.server.app().database();
            assertThat(db.vendor()).isEqualTo(DbVendor.POSTGRESQL);
            sql(db, "CREATE TABLE probe_typed (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, j json, jb jsonb,"
                    + " arr text[], b bytea, ts timestamptz, d double precision, n numeric, t text,"
                    + " g text GENERATED ALWAYS AS (upper(t)) STORED)");
            sql(db, "CREATE TABLE probe_keyless (v text, j json)");
            sql(db, "INSERT INTO probe_typed (j, jb, arr, b, ts, d, n, t) VALUES"
                    + " ('{\"a\": 1,  \"b\": [1,2]}', '{\"a\": 1}', '{x,NULL,\"y z\"}', '\\x00ff',"
                    + " '2030-01-01 09:00:00.123456+02',"
                    + " 0.1, 1.50, ''), (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                    + " ('[]', '[]', '{}', '', 'infinity', 'NaN', 0, 'x')");
            sql(db, "INSERT INTO probe_keyless VALUES ('same', '{}'), ('same', '{}'), (NULL, NULL)");
            JdbcSandboxStore store = new JdbcSandboxStore(db);
            Map<String, List<String>> saved = quiet(db);
            DatabaseCopy copy = store.copy();
            assertThat(differences(saved, dump(db))).as("nothing ran between the dump and the copy").isEmpty();
            try {
                sql(db, "UPDATE probe_typed SET j = '{\"a\": 1, \"b\": [1,2]}' WHERE t = ''");
                sql(db, "UPDATE probe_typed SET t = '' WHERE t IS NULL");
                sql(db, "UPDATE probe_typed SET b = '\\x00fe', arr = '{x,NULL}' WHERE t = 'x'");
                sql(db, "DELETE FROM probe_keyless WHERE v IS NULL");
                sql(db, "INSERT INTO probe_keyless VALUES ('same', '{}')");
                sql(db, "INSERT INTO probe_typed (d) VALUES (2.5)");
                assertThat(dump(db)).isNotEqualTo(saved);

                store.restore(copy);

                assertThat(differences(saved, dump(db))).isEmpty();
                sql(db, "INSERT INTO probe_typed (t) VALUES ('next')");
                assertThat(dump(db).get("probe_typed")).as("the identity goes on from where it stood")
                        .anyMatch(row -> row.startsWith("4|"));
            } finally {
                store.discard(copy);
            }
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                assertThat(rows(st, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'frontdesk_snapshot_%'"))
                        .as("the snapshot's schema is dropped with it").isEmpty();
            }
        }
    }

    /**
     * A role that may not run without triggers (not a superuser: {@code session_replication_role} refused) restores
     * the old way, the store emptied and every copied row inserted with the foreign keys checked, and gets the same
     * store back; its reset of everything runs first start again.
     */
    @Test
    void a_role_without_replica_rights_restores_every_row_too() throws Exception {
        assumeTrue(backend == Backend.POSTGRESQL, "PostgreSQL's roles");
        String url = io.frontdesk.testing.PostgresLane.createMigratedDatabase();
        String role = "frontdesk_plain_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String database = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        try {
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER");
                st.execute("GRANT CREATE ON DATABASE " + database + " TO " + role);
                st.execute("ALTER SCHEMA public OWNER TO " + role);
                List<String> owned = rows(st, "SELECT 'TABLE ' || quote_ident(c.relname) FROM pg_class c JOIN"
                        + " pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN"
                        + " ('r', 'S') AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
                        + " AND d.deptype IN ('a', 'i'))");
                for (String object : owned) {
                    st.execute("ALTER " + object + " OWNER TO " + role);
                }
            }
            String asRole = url.replace("user=postgres", "user=" + role);
            try (AdminFixture fixture = AdminFixture.start(backend, Map.of(io.frontdesk.config.ConfigKey.DATABASE_URL,
                    asRole))) {
                Client admin = fixture.admin;
                Database db = fixture.server.app().database();
                try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                    assertThat(rows(st, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                            .as("the server runs as the plain role").containsExactly("false");
                }
                AdminFixture.Account account = fixture.newAccount();
                Client v2 = account.v2();
                long kept = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Kept\",\"emails\":[{\"type\":"
                        + "\"work\",\"value\":\"kept@plain.test\"}]}").header("Resource-ID"));
                Map<String, List<String>> saved = quiet(db);
                assertThat(admin.post("/_frontdesk/snapshots", "{\"name\":\"plain\"}").status()).isEqualTo(201);
                assertThat(differences(saved, dump(db))).isEmpty();

                assertThat(v2.delete("/v2/customers/" + kept).status()).isEqualTo(204);
                assertThat(v2.post("/v2/customers", "{\"firstName\":\"Added\"}").status()).isEqualTo(201);
                assertThat(quiet(db)).isNotEqualTo(saved);
                assertThat(admin.post("/_frontdesk/snapshots/plain/restore", "").status()).isEqualTo(200);
                assertThat(differences(saved, dump(db))).as("every table and sequence as saved").isEmpty();
                assertThat(total(account.v2(), "/v2/customers?query=(firstName:Kept)")).isEqualTo(1);

                assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
                assertThat(admin.post("/_frontdesk/snapshots/plain/restore", "").status()).isEqualTo(200);
                assertThat(differences(saved, dump(db))).as("after a reset of everything").isEmpty();
            }
        } finally {
            io.frontdesk.testing.PostgresLane.dropDatabase(url);
            try (Connection c = java.sql.DriverManager.getConnection(io.frontdesk.testing.PostgresLane.adminUrl());
                 Statement st = c.createStatement()) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    /** The tables (and sequences) whose rows differ, with the rows only one side has. */
    private static Map<String, String> differences(Map<String, List<String>> expected,
                                                   Map<String, List<String>> actual) {
        Map<String, String> out = new TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            List<String> e = expected.getOrDefault(name, List.of());
            List<String> a = actual.getOrDefault(name, List.of());
            if (!e.equals(a)) {
                out.put(name, "missing " + e.stream().filter(r -> !a.contains(r)).toList() + ", extra "
                        + a.stream().filter(r -> !e.contains(r)).toList());
            }
        }
        return out;
    }

    /** Waits until no job waits and two dumps a moment apart agree (the background lanes done), and answers it. */
    private static Map<String, List<String>> quiet(Database db) throws Exception {
        Map<String, List<String>> before = dump(db);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(300);
            Map<String, List<String>> now = dump(db);
            boolean waiting = now.getOrDefault("jobs", List.of()).stream()
                    .anyMatch(job -> job.contains("|pending|") || job.contains("|running|"));
            if (now.equals(before) && !waiting) {
                return now;
            }
            before = now;
        }
        throw new AssertionError("the store never came to rest");
    }

    private static long total(Client client, String path) {
        Response r = client.get(path);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().at("/page/totalElements").asLong();
    }

    private static void sql(Database db, String statement) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /**
     * Every table's rows as sorted text ({@code col|col|…}, bytes in hex, NULL as {@code ∅}) and, on PostgreSQL, the
     * sequences as {@code sequences}. The counter of credential changes is left out: it moves on, never back.
     */
    private static Map<String, List<String>> dump(Database db) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        boolean pg = db.vendor() == DbVendor.POSTGRESQL;
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(pg
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE'"
                    : "SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(List.of("flyway_schema_history", "credential_changes", "webhook_subscription_changes"));
            for (String table : tables) {
                out.put(table, rows(st, "SELECT * FROM \"" + table + "\""));
            }
            if (pg) {
                out.put("sequences", rows(st, "SELECT sequencename, last_value FROM pg_sequences"
                        + " WHERE schemaname = current_schema()"));
            }
        }
        return out;
    }

    private static List<String> rows(Statement st, String query) throws SQLException {
        List<String> rows = new ArrayList<>(ResultRows.of(st, query));
        rows.sort(null);
        return rows;
    }
}
