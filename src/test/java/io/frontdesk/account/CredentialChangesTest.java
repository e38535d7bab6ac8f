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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a node answers recent credentials from its cache, and forgets them when any credential or access token
 * changes, whoever changes it: at once when this node revokes, a moment later (a notification) when anyone else does,
 * and wholesale when it can no longer hear changes. A server of its own: the tests switch the notifying trigger off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialChangesTest {

    private static final Duration HEARD = Duration.ofSeconds(5);
    private static final String LISTENER = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            + " AND application_name = 'frontdesk credential changes'";

    private TestServer server;
    private Jdbi sql;

    @BeforeAll
    void start() {
        server = TestServer.start(Backend.POSTGRESQL, Map.of(), routes -> {
        });
        sql = Jdbi.create(server.databaseUrl());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void listening() {
        Await.until("the cache listening", HEARD, () -> server.app().credentialCache().active());
    }

    @Test
    void a_cached_key_is_answered_without_its_row_until_the_change_is_heard() {
        Tenant tenant = server.newTenant();
        Client hc = tenant.hc();
        assertThat(hc.get("/customers").status()).isEqualTo(200);

        withTriggerOff(() -> revokeBySql(tenant.helpcrunchKey()));
        assertThat(hc.get("/customers").status()).as("answered from the cache: the revocation was not announced")
                .isEqualTo(200);

        sql.useHandle(h -> h.execute("UPDATE credentials SET label = label WHERE id = ?",
                tenant.helpcrunchKey().credential().id()));
        Await.until("the change heard", HEARD, () -> hc.get("/customers").status() == 401);
    }

    @Test
    void a_revocation_written_elsewhere_is_heard_in_every_dialect() {
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

        // With the notice off, only the node's own forgetting can refuse the next request.
        withTriggerOff(() -> server.app().accounts().revokeCredential(tenant.accountId(),
                tenant.helpcrunchKey().credential().id()));

        assertThat(hc.get("/customers").status()).isEqualTo(401);
    }

    @Test
    void a_node_that_cannot_hear_changes_forgets_and_listens_again() {
        Tenant tenant = server.newTenant();
        Client hc = tenant.hc();
        assertThat(hc.get("/customers").status()).isEqualTo(200);
        long before = sql.withHandle(h -> h.createQuery(LISTENER).mapTo(Long.class).one());

        sql.useHandle(h -> h.execute("SELECT pg_terminate_backend(CAST(? AS integer))", before));
        Await.until("listening on a new connection", Duration.ofSeconds(10), () -> server.app().credentialCache()
                .active() && listenerPid().filter(pid -> pid != before).isPresent());

        // Unannounced, so only an emptied cache reads the revocation.
        withTriggerOff(() -> revokeBySql(tenant.helpcrunchKey()));
        assertThat(hc.get("/customers").status()).as("the cache was emptied when the listener failed")
                .isEqualTo(401);
    }

    private Optional<Long> listenerPid() {
        return sql.withHandle(h -> h.createQuery(LISTENER).mapTo(Long.class).findOne());
    }

    private void revokeBySql(IssuedSecret credential) {
        sql.useHandle(h -> h.execute("UPDATE credentials SET revoked_at = ? WHERE id = ?", System.currentTimeMillis(),
                credential.credential().id()));
    }

    private void withTriggerOff(Runnable change) {
        sql.useHandle(h -> h.execute("ALTER TABLE credentials DISABLE TRIGGER credentials_changed"));
        try {
            change.run();
        } finally {
            sql.useHandle(h -> h.execute("ALTER TABLE credentials ENABLE TRIGGER credentials_changed"));
        }
    }
}
