package io.frontdesk.admin;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Throwaway accounts, their deletion, and resets of one account and of everything, over HTTP. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminAccountsTest {

    private static final String CLIENT_ID = "sandbox-client-id";
    private static final String CLIENT_SECRET = "sandbox-client-secret-0123";
    private static final String API_KEY = "sandbox-api-key-0123456789";
    private static final String HC_KEY = "sandbox-helpcrunch-key-0123";

    @Parameter
    Backend backend;

    AdminFixture fixture;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend, Map.of(ConfigKey.BOOTSTRAP_CLIENT_ID, CLIENT_ID,
                ConfigKey.BOOTSTRAP_CLIENT_SECRET, CLIENT_SECRET, ConfigKey.BOOTSTRAP_API_KEY, API_KEY,
                ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY, HC_KEY));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void a_throwaway_account_has_an_owner_a_mailbox_and_a_credential_of_each_dialect() {
        AdminFixture.Account account = fixture.newAccount();
        assertThat(account.json().at("/owner/email").asText()).endsWith("@sandbox.test");
        assertThat(account.json().at("/mailbox/id").asLong()).isPositive();

        assertThat(account.v2().get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong())
                .isEqualTo(account.mailboxId());
        assertThat(account.v1().get("/v1/mailboxes.json").json().at("/items/0/id").asLong())
                .isEqualTo(account.mailboxId());
        assertThat(account.hc().get("/customers").status()).isEqualTo(200);

        AdminFixture.Account other = fixture.newAccount();
        assertThat(other.id()).isNotEqualTo(account.id());
        assertThat(other.v2().get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong())
                .as("isolated").isEqualTo(other.mailboxId());

        Response named = fixture.admin.post("/_frontdesk/accounts", "{\"name\":\"Acme\",\"ownerEmail\":"
                + "\"boss@acme.test\",\"mailboxEmail\":\"help@acme.test\"}");
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().at("/owner/email").asText()).isEqualTo("boss@acme.test");
        assertThat(named.json().at("/mailbox/email").asText()).isEqualTo("help@acme.test");
    }

    @Test
    void sixteen_accounts_made_at_once_are_distinct_and_each_credential_works_at_once() throws Exception {
        int count = 16;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<AdminFixture.Account> made = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AdminFixture.Account>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return fixture.newAccount();
                }));
            }
            start.countDown();
            for (Future<AdminFixture.Account> call : calls) {
                made.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(made.stream().map(AdminFixture.Account::id).distinct()).hasSize(count);
        assertThat(made.stream().map(AdminFixture.Account::mailboxId).distinct()).hasSize(count);
        assertThat(made.stream().map(AdminFixture.Account::apiKey).distinct()).hasSize(count);
        for (AdminFixture.Account account : made) {
            assertThat(account.v2().get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong())
                    .isEqualTo(account.mailboxId());
            assertThat(account.v1().get("/v1/mailboxes.json").json().at("/items/0/id").asLong())
                    .isEqualTo(account.mailboxId());
            assertThat(account.hc().get("/customers").status()).isEqualTo(200);
        }
        assertThat(fixture.server.app().accounts().accounts()).hasSize(count);
    }

    @Test
    void bad_account_requests_are_refused_and_make_nothing() {
        Response email = fixture.admin.post("/_frontdesk/accounts", "{\"ownerEmail\":\"nope\"}");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.json().at("/error/fields/0/field").asText()).isEqualTo("ownerEmail");
        assertThat(fixture.admin.post("/_frontdesk/accounts", "[1]").status()).isEqualTo(400);
        assertThat(fixture.admin.post("/_frontdesk/accounts", "{\"name\":7}").json()
                .at("/error/fields/0/field").asText()).isEqualTo("name");
        assertThat(fixture.server.app().accounts().accounts()).isEmpty();
        assertThat(fixture.admin.delete("/_frontdesk/accounts/999999").status()).isEqualTo(404);
        assertThat(fixture.admin.delete("/_frontdesk/accounts/abc").status()).isEqualTo(404);
        assertThat(fixture.admin.post("/_frontdesk/accounts/999999/reset", "").status()).isEqualTo(404);
    }

    @Test
    void delete_removes_the_account_with_its_data_and_credentials_and_leaves_others() {
        AdminFixture.Account doomed = fixture.newAccount();
        AdminFixture.Account kept = fixture.newAccount();
        Client v1 = doomed.v1();
        Client hc = doomed.hc();
        Client v2 = doomed.v2();
        assertThat(v2.post("/v2/customers", "{\"firstName\":\"Gone\"}").status()).isEqualTo(201);
        assertThat(kept.v2().post("/v2/customers", "{\"firstName\":\"Stays\"}").status()).isEqualTo(201);

        assertThat(fixture.admin.delete("/_frontdesk/accounts/" + doomed.id()).status()).isEqualTo(204);

        assertThat(v1.get("/v1/mailboxes.json").status()).isEqualTo(401);
        assertThat(hc.get("/customers").status()).isEqualTo(401);
        assertThat(v2.get("/v2/customers").status()).isEqualTo(401);
        assertThat(doomed.token().status()).as("the client id is gone").isNotEqualTo(200);
        assertThat(fixture.admin.delete("/_frontdesk/accounts/" + doomed.id()).status()).isEqualTo(404);
        assertThat(kept.v2().get("/v2/customers").json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void an_account_reset_keeps_its_credentials_and_mailbox_and_drops_everything_else() {
        AdminFixture.Account account = fixture.newAccount();
        Client v2 = account.v2();
        assertThat(v2.post("/v2/customers", "{\"firstName\":\"Temp\"}").status()).isEqualTo(201);
        assertThat(v2.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\",\"status\":\"active\",\"mailboxId\":"
                + account.mailboxId() + ",\"customer\":{\"email\":\"c@reset.test\"},\"threads\":[{\"type\":"
                + "\"customer\",\"text\":\"Hello\"}]}").status()).isEqualTo(201);

        assertThat(fixture.admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status())
                .isEqualTo(204);

        Client again = account.v2();
        assertThat(again.get("/v2/customers").json().at("/page/totalElements").asLong()).isZero();
        assertThat(again.get("/v2/conversations?status=all").json().at("/page/totalElements").asLong()).isZero();
        assertThat(again.get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong())
                .isEqualTo(account.mailboxId());
        assertThat(account.v1().get("/v1/users/me.json").json().at("/item/id").asLong())
                .isEqualTo(account.json().at("/owner/id").asLong());
        assertThat(account.hc().get("/customers").status()).isEqualTo(200);
    }

    @Test
    void a_reset_of_everything_returns_to_first_start_with_the_same_credentials_and_ids_from_one() {
        AdminFixture.Account first = fixture.newAccount();
        assertThat(first.v2().post("/v2/customers", "{\"firstName\":\"Before\"}").status()).isEqualTo(201);

        Response reset = fixture.admin.post("/_frontdesk/reset", "");
        assertThat(reset.status()).as("%s", reset).isEqualTo(200);
        assertThat(reset.json().get("id").asLong()).as("ids start again").isEqualTo(1);
        assertThat(reset.json().at("/mailbox/id").asLong()).isEqualTo(1);
        assertThat(reset.json().at("/credentials/helpscoutV2/clientId").asText()).isEqualTo(CLIENT_ID);
        assertThat(fixture.server.app().accounts().accounts()).hasSize(1);
        assertThat(first.v1().get("/v1/mailboxes.json").status()).as("throwaway accounts are gone").isEqualTo(401);

        Client v1 = new Client(fixture.server.baseUrl(), Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((API_KEY + ":X").getBytes(StandardCharsets.UTF_8))));
        Response created = v1.post("/v1/customers.json", "{\"firstName\":\"After\",\"lastName\":\"Reset\",\"emails\":[{\"value\":\"a@reset.test\",\"location\":\"work\"}]}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/customers/1.json");

        assertThat(fixture.admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
        assertThat(v1.get("/v1/customers.json").json().at("/count").asLong()).as("same key, empty again")
                .isZero();
        Client hc = new Client(fixture.server.baseUrl() + "/helpcrunch/v1", Map.of("Authorization",
                "Bearer " + HC_KEY));
        assertThat(hc.get("/customers").status()).isEqualTo(200);

        assertThat(v1.post("/v1/customers.json", "{\"firstName\":\"Again\",\"lastName\":\"Reset\",\"emails\":[{\"value\":\"b@reset.test\",\"location\":\"work\"}]}").header("Location"))
                .endsWith("/customers/1.json");
        assertThat(fixture.admin.post("/_frontdesk/accounts/1/reset", "").status())
                .as("first start's account is known after a reset").isEqualTo(204);
        assertThat(v1.get("/v1/customers.json").json().at("/count").asLong()).isZero();
    }

    @Test
    void an_account_reset_leaves_no_row_of_what_it_held_in_any_table_and_no_other_account_changes() throws Exception {
        AdminFixture.Account account = fixture.newAccount();
        AdminFixture.Account other = fixture.newAccount();
        Client otherV2 = other.v2();
        assertThat(otherV2.post("/v2/customers", "{\"firstName\":\"Stays\",\"emails\":[{\"type\":\"work\","
                + "\"value\":\"stays@other.test\"}]}").status()).isEqualTo(201);
        assertThat(otherV2.post("/v2/conversations", conversation(other.mailboxId(), "kept@other.test"))
                .status()).isEqualTo(201);
        Map<String, Long> made = settledRowsPerTable();
        Client v2 = account.v2();

        Response customer = v2.post("/v2/customers", "{\"firstName\":\"Gone\",\"lastName\":\"Soon\","
                + "\"organization\":\"Acme\",\"emails\":[{\"type\":\"work\",\"value\":\"gone@reset.test\"}],"
                + "\"phones\":[{\"type\":\"work\",\"value\":\"+33 1 00 00 00 00\"}],\"websites\":[{\"value\":"
                + "\"https://gone.test\"}],\"address\":{\"city\":\"Paris\",\"lines\":[\"1 rue\"],\"country\":\"FR\"}}");
        assertThat(customer.status()).as("%s", customer).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            Response created = v2.post("/v2/conversations", conversation(account.mailboxId(), "c" + i + "@reset.test"));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
        }
        assertThat(account.hc().post("/customers", "{\"name\":\"Crunch\",\"email\":\"crunch@reset.test\","
                + "\"userId\":\"u1\"}").status()).isEqualTo(201);
        assertThat(rowsPerTable()).as("the writes reached the store").isNotEqualTo(made);

        assertThat(fixture.admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status())
                .isEqualTo(204);

        assertThat(rowsPerTable()).as("every table (full-text ones included) holds what it held when the account"
                + " was made, the other account's rows too").isEqualTo(made);
        assertThat(otherV2.get("/v2/customers").json().at("/page/totalElements").asLong()).isEqualTo(2);
        assertThat(otherV2.get("/v2/customers?query=(email:%22stays@other.test%22)").json()
                .at("/page/totalElements").asLong()).as("its search rows are there").isEqualTo(1);
        assertThat(otherV2.get("/v2/conversations?status=all").json().at("/_embedded/conversations/0/subject")
                .asText()).isEqualTo("Reset me");
        assertThat(account.v2().get("/v2/customers?query=(firstName:Gone)").json().at("/page/totalElements")
                .asLong()).isZero();
    }

    @Test
    void an_account_holding_every_customer_is_emptied_whole_and_searches_again_after_its_reset() throws Exception {
        AdminFixture.Account account = fixture.newAccount();
        AdminFixture.Account other = fixture.newAccount();
        Map<String, Long> made = rowsPerTable();
        Client v2 = account.v2();
        for (int i = 0; i < 3; i++) {
            assertThat(v2.post("/v2/conversations", conversation(account.mailboxId(), "w" + i + "@reset.test"))
                    .status()).isEqualTo(201);
        }

        assertThat(fixture.admin.post("/_frontdesk/accounts/" + account.id() + "/reset", "").status())
                .isEqualTo(204);

        assertThat(rowsPerTable()).isEqualTo(made);
        Client again = account.v2();
        assertThat(again.post("/v2/customers", "{\"firstName\":\"Searchable\",\"emails\":[{\"type\":\"work\","
                + "\"value\":\"found@reset.test\"}]}").status()).isEqualTo(201);
        assertThat(again.post("/v2/conversations", conversation(account.mailboxId(), "x@reset.test")).status())
                .isEqualTo(201);
        assertThat(again.get("/v2/customers?query=(email:%22found@reset.test%22)").json()
                .at("/page/totalElements").asLong()).as("the full-text rows are written again").isEqualTo(1);
        assertThat(again.get("/v2/conversations?status=all&query=(subject:%22Reset%22)").json()
                .at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(other.v2().get("/v2/customers?query=(email:%22found@reset.test%22)").json()
                .at("/page/totalElements").asLong()).isZero();
    }

    private static String conversation(long mailboxId, String email) {
        return "{\"subject\":\"Reset me\",\"type\":\"email\",\"status\":\"active\",\"mailboxId\":" + mailboxId
                + ",\"customer\":{\"email\":\"" + email + "\"},\"tags\":[\"vip\"],\"threads\":[{\"type\":"
                + "\"customer\",\"text\":\"Hello\"},{\"type\":\"note\",\"text\":\"A note\"}]}";
    }

    /**
     * {@link #rowsPerTable()} once the report facts written so far are folded into the rollups: the fold is a job
     * due a moment after the write, and would otherwise change the rollup tables between two counts.
     */
    private Map<String, Long> settledRowsPerTable() throws Exception {
        Await.until("the report facts' fold", Duration.ofSeconds(20), () -> {
            try (java.sql.Connection c = fixture.server.app().database().dataSource().getConnection();
                 java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM report_rollup_pending)"
                         + " + (SELECT COUNT(*) FROM jobs WHERE kind = 'report.rollup' AND status = 'pending')")) {
                return rs.next() && rs.getLong(1) == 0;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return rowsPerTable();
    }

    /**
     * Rows per table of the whole store, SQLite's full-text tables included (not their shadow tables, whose pages
     * a delete leaves as they are), the migration history, SQLite's id counters and the change counters aside.
     */
    private Map<String, Long> rowsPerTable() throws java.sql.SQLException {
        Map<String, Long> rows = new java.util.TreeMap<>();
        try (java.sql.Connection c = fixture.server.app().database().dataSource().getConnection();
             java.sql.Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            String list = backend == Backend.SQLITE
                    ? "SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND NOT EXISTS"
                    + " (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL%'"
                    + " AND t.name LIKE v.name || '\\_%' ESCAPE '\\')"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE'";
            try (java.sql.ResultSet rs = st.executeQuery(list)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(List.of("flyway_schema_history", "credential_changes", "webhook_subscription_changes"));
            for (String table : tables) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        return rows;
    }
}
