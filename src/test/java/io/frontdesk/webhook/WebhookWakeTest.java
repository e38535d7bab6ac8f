package io.frontdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running delivery lane, polling once an hour: a delivery a change queues on this node is sent as soon as the
 * change commits (the fan-out wakes the lane), not at the next poll; the account's subscriptions, cached by then,
 * are read again once one is created; and, with no public URL set, the payload's links carry the port the server
 * listens on, not the configured 0. A subscription another node (or the command line) creates is heard by this
 * node's cache: at once on SQLite, at PostgreSQL's notice on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookWakeTest {

    @Parameter
    Backend backend;

    TestServer server;
    Receiver receiver;
    Tenant tenant;
    Client v2;
    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true",
                ConfigKey.WEBHOOK_POLL_MILLIS, "3600000"), routes -> { });
        server.app().webhookWorker().start();
        receiver = Receiver.start();
        tenant = server.newTenant();
        v2 = tenant.v2();
    }

    @AfterEach
    void stop() {
        // the receiver notes a request before it answers: it stays open until every attempt has its answer
        Await.until("every delivery answered", Duration.ofSeconds(20), () -> server.app().webhooks()
                .list(tenant.accountId()).stream()
                .flatMap(sub -> server.app().webhooks().deliveries(tenant.accountId(), sub.id(), false).stream())
                .noneMatch(d -> d.status() == Delivery.Status.PENDING));
        receiver.close();
        server.close();
    }

    @Test
    void a_change_is_delivered_at_its_commit_with_links_on_the_listening_port() throws Exception {
        long before = customer("Ada");
        Response hook = v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":"
                + "[\"customer.created\"],\"secret\":\"wake-secret\"}");
        assertThat(hook.status()).as("%s", hook).isEqualTo(201);

        long after = customer("Grace");

        List<Receiver.Request> arrived = receiver.await("/hook", 1);
        assertThat(arrived).as("sent at the commit: the lane's next poll is an hour away").hasSize(1);
        JsonNode body = Json.MAPPER.readTree(arrived.get(0).body());
        assertThat(body.get("id").asLong()).as("only the customer created after the subscription").isEqualTo(after)
                .isNotEqualTo(before);
        assertThat(body.get("firstName").asText()).isEqualTo("Grace");
        assertThat(body.at("/_links/self/href").asText()).as("the port the server listens on")
                .isEqualTo(server.baseUrl() + "/v2/customers/" + after)
                .doesNotContain(":0/");
        assertThat(server.app().baseUrl()).isEqualTo(server.baseUrl());
    }

    @Test
    void a_subscription_made_by_another_node_reaches_this_nodes_cache() {
        customer("Ada");
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.DATA_DIR, server.dataDir().toString());
        flags.put(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true");
        if (server.databaseUrl() != null) {
            flags.put(ConfigKey.DATABASE_URL, server.databaseUrl());
        }
        try (Application other = Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags)))) {
            other.webhooks().create(tenant.accountId(), new NewSubscription(WebhookDialect.HELPSCOUT_V2,
                    receiver.url("/other"), List.of("customer.created"), "other-secret", null, null, null, null,
                    null));
        }
        if (backend == Backend.SQLITE) {
            // one writer: the count of changes read in the change's transaction is exact
            customer("Grace");
            assertThat(receiver.await("/other", 1)).hasSize(1);
        } else {
            // PostgreSQL's notice arrives a moment after the other node's commit
            int[] made = {0};
            Await.until("this node hears the other's subscription", Duration.ofSeconds(10), () -> {
                customer("Grace" + made[0]++);
                return !receiver.requests("/other").isEmpty();
            });
        }
    }

    private long customer(String name) {
        Response created = v2.post("/v2/customers", "{\"firstName\":\"" + name + "\",\"emails\":[{\"type\":\"work\","
                + "\"value\":\"" + name.toLowerCase() + "@example.com\"}]}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return Long.parseLong(created.header("Resource-ID"));
    }
}
