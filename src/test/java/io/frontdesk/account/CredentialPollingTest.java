package io.frontdesk.account;

import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SQLite a node answers recent credentials from its cache, and forgets them when any credential or access token
 * changes, whoever changes it: at once when this node revokes, at the next poll of the trigger-kept count when the
 * command line or SQL does, and wholesale when the count cannot be read. A server of its own: the tests drop the
 * counting triggers and the count's table, and put them back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialPollingTest {

    private static final Duration HEARD = Duration.ofSeconds(5);
    private static final String COUNTING_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            + " AND sql LIKE '%credential_changes%' ORDER BY name";

    private TestServer server;
    private Jdbi sql;

    @BeforeAll
    void start() {
        server = TestServer.start(Backend.SQLITE, Map.of(), routes -> {
        });
        Properties settings = new Properties();
        settings.setProperty("busy_timeout", "10000");
        sql = Jdbi.create("jdbc:sqlite:" + server.dataDir().resolve("frontdesk.db").toAbsolutePath(), settings);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void polling() {
        Await.until("the cache active", HEARD, () -> server.app().credentialCache().active());
    }

    @Test
    void every_change_to_credentials_and_access_tokens_is_counted() {
        Tenant tenant = server.newTenant();
        assertThat(tenant.v2().get("/v2/users/me").status()).as("an access token issued").isEqualTo(200);
        long credential = tenant.helpcrunchKey().credential().id();
        List<Runnable> changes = List.of(
                () -> sql.useHandle(h -> h.execute("UPDATE credentials SET label = label WHERE id = ?", credential)),
                () -> sql.useHandle(h -> h.execute("UPDATE oauth_tokens SET expires_at = expires_at")),
                () -> sql.useHandle(h -> h.execute("DELETE FROM credentials WHERE id = ?", credential)));
        for (Runnable change : changes) {
            long before = count();
            change.run();
            assertThat(count()).isGreaterThan(before);
        }
        long before = count();
        sql.useHandle(h -> h.execute("UPDATE oauth_tokens SET used_at = used_at"));
        assertThat(count()).as("marking a token used changes no access token").isEqualTo(before);
    }

    @Test
    void a_cached_key_is_answered_without_its_row_until_the_count_moves() {
        Tenant tenant = server.newTenant();
        Client hc = tenant.hc();
        assertThat(hc.get("/customers").status()).isEqualTo(200);

        withoutCounting(() -> revokeBySql(tenant.helpcrunchKey()));
        assertThat(hc.get("/customers").status()).as("answered from the cache: the revocation was not counted")
                .isEqualTo(200);

        sql.useHandle(h -> h.execute("UPDATE credential_changes SET version = version + 1"));
        Await.until("the count's move read", HEARD, () -> hc.get("/customers").status() == 401);
    }

    @Test
    void a_revocation_written_by_another_process_is_heard_in_every_dialect() {
        Tenant tenant = server.newTenant();
        List<Client> clients = List.of(tenant.v1(), tenant.hc(), tenant.v2());
        List<String> paths = List.of("/v1/mailboxes.json", "/customers", "/v2/users/me");
        for (int i = 0; i < clients.size(); i++) {
            assertThat(clients.get(i).get(paths.get(i)).status()).isEqualTo(200);
        }

        sql.useHandle(h -> h.execute("UPDATE credentials SET revoked_at = ? WHERE account_id = ?",
                System.currentTimeMillis(), tenant.accountId()));

        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            String path = paths.get(i);
            Await.until(path + " refused", HEARD, () -> client.get(path).status() == 401);
        }
    }

    @Test
    void a_revocation_through_this_node_is_refused_at_once() {
        Tenant tenant = server.newTenant();
        Client hc = tenant.hc();
        assertThat(hc.get("/customers").status()).isEqualTo(200);

        // Uncounted, so only the node's own forgetting can refuse the next request.
        withoutCounting(() -> server.app().accounts().revokeCredential(tenant.accountId(),
                tenant.helpcrunchKey().credential().id()));

        assertThat(hc.get("/customers").status()).isEqualTo(401);
    }

    @Test
    void a_node_that_cannot_read_the_count_forgets_and_caches_again_once_it_can() {
        Tenant tenant = server.newTenant();
        Client hc = tenant.hc();
        assertThat(hc.get("/customers").status()).isEqualTo(200);

        withoutCounting(() -> {
            sql.useHandle(h -> h.execute("ALTER TABLE credential_changes RENAME TO credential_changes_away"));
            try {
                Await.until("the cache off", HEARD, () -> !server.app().credentialCache().active());
                revokeBySql(tenant.helpcrunchKey());
                assertThat(hc.get("/customers").status()).as("the cache was emptied when the count went unread")
                        .isEqualTo(401);
            } finally {
                sql.useHandle(h -> h.execute("ALTER TABLE credential_changes_away RENAME TO credential_changes"));
            }
        });
        Await.until("the cache on again", Duration.ofSeconds(10), () -> server.app().credentialCache().active());
        Tenant next = server.newTenant();
        assertThat(next.hc().get("/customers").status()).isEqualTo(200);
    }

    private long count() {
        return sql.withHandle(h -> h.createQuery("SELECT version FROM credential_changes").mapTo(Long.class).one());
    }

    private void revokeBySql(IssuedSecret credential) {
        sql.useHandle(h -> h.execute("UPDATE credentials SET revoked_at = ? WHERE id = ?", System.currentTimeMillis(),
                credential.credential().id()));
    }

    /** Runs {@code change} with the counting triggers dropped, then puts them back as they were. */
    private void withoutCounting(Runnable change) {
        List<Map<String, Object>> triggers = sql.withHandle(h -> h.createQuery(COUNTING_TRIGGERS).mapToMap().list());
        assertThat(triggers).hasSize(4);
        sql.useHandle(h -> triggers.forEach(t -> h.execute("DROP TRIGGER " + t.get("name"))));
        try {
            change.run();
        } finally {
            sql.useHandle(h -> triggers.forEach(t -> h.execute((String) t.get("sql"))));
        }
    }
}
