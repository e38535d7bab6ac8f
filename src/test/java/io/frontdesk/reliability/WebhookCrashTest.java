package io.frontdesk.reliability;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Response;
import io.frontdesk.webhook.Receiver;
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
 * Webhook delivery survives a SIGKILL: a delivery in flight when the server dies is sent again by the restarted
 * server once its lease runs out, under the same delivery id; a change committed while no server runs the queue is
 * delivered when one starts. The attempt timeout is 3 s, so the lease (five attempt budgets of 8 s) is 40 s.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookCrashTest {

    /** Lease (40 s) plus a poll, a JVM start and a loaded machine. */
    private static final Duration WAIT = Duration.ofSeconds(150);

    @Parameter
    Backend backend;

    NodeData data;
    Receiver receiver;

    @BeforeEach
    void setUp() {
        data = NodeData.create(backend);
        receiver = Receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        data.close();
    }

    private ChildServer.Options options() {
        return data.node("webhook-crash").withEnv("FRONTDESK_WEBHOOK_ALLOW_PRIVATE", "true")
                .withEnv("FRONTDESK_WEBHOOK_CONNECT_TIMEOUT_SECONDS", "3")
                .withEnv("FRONTDESK_WEBHOOK_TIMEOUT_SECONDS", "3");
    }

    @Test
    void a_delivery_in_flight_at_a_sigkill_and_one_never_attempted_arrive_after_restart() {
        ChildServer node = ChildServer.start(options());
        try {
            Response hook = node.v2().post("/v2/webhooks", "{\"url\":\"" + receiver.url("/crash")
                    + "\",\"events\":[\"customer.created\"],\"secret\":\"asdfasdf\"}");
            assertThat(hook.status()).as("%s", hook).isEqualTo(201);
            receiver.hold("/crash");
            Response created = node.v2().post("/v2/customers", "{\"firstName\":\"Inflight\"}");
            assertThat(created.status()).as("%s", created).isEqualTo(201);

            List<Receiver.Request> first = receiver.await("/crash", 1);
            assertThat(first).as("the delivery reached the receiver, which holds it open").hasSize(1);
            assertThat(node.kill()).isNotZero();
        } finally {
            node.close();
        }
        receiver.release();
        String deliveryId = receiver.requests("/crash").get(0).header("X-Frontdesk-Delivery");

        // a change committed while no node runs the queue: its delivery is never attempted before the restart
        try (Application offline = Application.open(config())) {
            long account = data.jdbi().withHandle(h -> h.createQuery(
                    "SELECT account_id FROM webhook_subscriptions").mapTo(Long.class).one());
            offline.customers().create(account, null, new NewCustomer(Map.of(CustomerField.FIRST_NAME, "Offline"),
                    List.of(), null, List.of(), List.of()));
        }

        try (ChildServer restarted = node.restart()) {
            List<Receiver.Request> all = awaitRequests(3);
            assertThat(all).as(restarted.logText()).hasSize(3);
            List<Receiver.Request> after = all.subList(1, 3);
            assertThat(after).allSatisfy(r -> assertThat(r.header("X-HelpScout-Signature"))
                    .isEqualTo(Receiver.helpScoutSignature("asdfasdf", r.body())));
            assertThat(after).filteredOn(r -> r.text().contains("\"Inflight\"")).singleElement()
                    .satisfies(r -> assertThat(r.header("X-Frontdesk-Delivery")).isEqualTo(deliveryId));
            assertThat(after).filteredOn(r -> r.text().contains("\"Offline\"")).hasSize(1);
        }
    }

    private FrontdeskConfig config() {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, options().dataDir().toString());
        if (options().databaseUrl() != null) {
            settings.put(ConfigKey.DATABASE_URL, options().databaseUrl());
        }
        return FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings));
    }

    private List<Receiver.Request> awaitRequests(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (receiver.requests("/crash").size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return receiver.requests("/crash");
    }
}
