package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private server with the admin API on (and mail captured, the clock controllable, loopback webhooks allowed, the
 * background lanes running), and accounts made through the admin API as a test writer makes them.
 */
final class AdminFixture implements AutoCloseable {

    static final String TOKEN = "admin-token-for-the-tests-0123456789";

    final TestServer server;
    final Client admin;

    private AdminFixture(TestServer server) {
        this.server = server;
        this.admin = new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + TOKEN));
    }

    static AdminFixture start(Backend backend) {
        return start(backend, Map.of());
    }

    static AdminFixture start(Backend backend, Map<ConfigKey, String> extra) {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.ADMIN_TOKEN, TOKEN);
        settings.put(ConfigKey.CAPTURE_MAIL, "true");
        settings.put(ConfigKey.CLOCK_CONTROL, "true");
        settings.put(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true");
        settings.put(ConfigKey.OUTBOX_POLL_MILLIS, "50");
        settings.putAll(extra);
        TestServer server = TestServer.start(backend, settings, routes -> { });
        server.app().webhookWorker().start();
        server.app().outboxWorker().ifPresent(QueueLane::start);
        return new AdminFixture(server);
    }

    /** An account made through POST /_frontdesk/accounts. */
    Account newAccount() {
        Response made = admin.post("/_frontdesk/accounts", "{}");
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        return new Account(server.baseUrl(), made.json());
    }

    record Account(String base, JsonNode json) {

        long id() {
            return json.get("id").asLong();
        }

        long mailboxId() {
            return json.at("/mailbox/id").asLong();
        }

        String clientId() {
            return json.at("/credentials/helpscoutV2/clientId").asText();
        }

        String clientSecret() {
            return json.at("/credentials/helpscoutV2/clientSecret").asText();
        }

        String apiKey() {
            return json.at("/credentials/helpscoutV1/apiKey").asText();
        }

        String helpcrunchKey() {
            return json.at("/credentials/helpcrunch/apiKey").asText();
        }

        Response token() {
            return new Client(base, Map.of()).send("POST", "/v2/oauth2/token", "grant_type=client_credentials"
                    + "&client_id=" + enc(clientId()) + "&client_secret=" + enc(clientSecret()),
                    "application/x-www-form-urlencoded");
        }

        String accessToken() {
            Response token = token();
            assertThat(token.status()).as("%s", token).isEqualTo(200);
            return token.json().get("access_token").asText();
        }

        Client v2() {
            return new Client(base, Map.of("Authorization", "Bearer " + accessToken()));
        }

        Client v1() {
            return new Client(base, Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (apiKey() + ":X").getBytes(StandardCharsets.UTF_8))));
        }

        Client hc() {
            return new Client(base + "/helpcrunch/v1", Map.of("Authorization", "Bearer " + helpcrunchKey()));
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
