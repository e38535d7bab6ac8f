package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.webhook.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook deliveries of an account with their attempts, and await, which answers once the event was delivered. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminWebhooksTest {

    @Parameter
    Backend backend;

    AdminFixture fixture;
    Client admin;
    Receiver receiver;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend);
        admin = fixture.admin;
        receiver = Receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
        fixture.close();
    }

    @Test
    void await_answers_when_the_event_of_the_resource_was_delivered() {
        AdminFixture.Account account = fixture.newAccount();
        Client v2 = account.v2();
        assertThat(v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":"
                + "[\"customer.created\"],\"secret\":\"await-secret\"}").status()).isEqualTo(201);
        long first = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"One\"}").header("Resource-ID"));
        long second = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Two\"}").header("Resource-ID"));

        String base = "/_frontdesk/accounts/" + account.id() + "/webhooks";
        JsonNode awaited = admin.get(base + "/await?event=customer.created&resourceId=" + second
                + "&timeoutMs=20000").json();
        assertThat(awaited.get("delivered").asBoolean()).isTrue();
        assertThat(awaited.at("/delivery/resourceId").asLong()).isEqualTo(second);
        assertThat(awaited.at("/delivery/event").asText()).isEqualTo("customer.created");
        assertThat(awaited.at("/delivery/status").asText()).isEqualTo("delivered");
        assertThat(awaited.at("/delivery/attempts/0/statusCode").asInt()).isEqualTo(200);
        assertThat(receiver.requests("/hook").stream().anyMatch(r -> r.text().contains("\"id\":" + second)))
                .as("it was really delivered").isTrue();

        JsonNode earlier = admin.get(base + "/await?event=customer.created&resourceId=" + first).json();
        assertThat(earlier.get("delivered").asBoolean()).isTrue();

        JsonNode all = admin.get(base + "/deliveries").json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("attempts")).hasSize(1);
        assertThat(admin.get(base + "/deliveries?resourceId=" + first).json()).hasSize(1);
        assertThat(admin.get(base + "/deliveries?event=convo.created").json()).isEmpty();
    }

    @Test
    void waiting_awaits_hold_no_request_thread() throws Exception {
        try (AdminFixture small = AdminFixture.start(backend, Map.of(ConfigKey.HTTP_THREADS, "8"))) {
            AdminFixture.Account account = small.newAccount();
            Client v2 = account.v2();
            assertThat(v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/many") + "\",\"events\":"
                    + "[\"customer.created\"],\"secret\":\"many-secret\"}").status()).isEqualTo(201);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest await = HttpRequest.newBuilder(URI.create(small.server.baseUrl() + "/_frontdesk/accounts/"
                    + account.id() + "/webhooks/await?event=customer.created&timeoutMs=30000"))
                    .header("Authorization", "Bearer " + AdminFixture.TOKEN).build();
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                waiting.add(http.sendAsync(await, HttpResponse.BodyHandlers.ofString()));
            }
            // twenty waiting calls on eight reader threads: a read still gets a thread
            assertThat(v2.get("/v2/mailboxes").status()).isEqualTo(200);
            assertThat(waiting).noneMatch(CompletableFuture::isDone);

            assertThat(v2.post("/v2/customers", "{\"firstName\":\"Awaited\"}").status()).isEqualTo(201);
            for (CompletableFuture<HttpResponse<String>> each : waiting) {
                HttpResponse<String> answer = each.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"delivered\":true");
            }
        }
    }

    @Test
    void await_gives_up_after_its_timeout_and_checks_its_parameters() {
        AdminFixture.Account account = fixture.newAccount();
        AdminFixture.Account other = fixture.newAccount();
        Client v2 = other.v2();
        v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/other") + "\",\"events\":[\"customer.created\"],"
                + "\"secret\":\"other-secret\"}");
        long theirs = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Theirs\"}").header("Resource-ID"));
        assertThat(admin.get("/_frontdesk/accounts/" + other.id() + "/webhooks/await?event=customer.created"
                + "&timeoutMs=20000").json().get("delivered").asBoolean()).isTrue();

        String base = "/_frontdesk/accounts/" + account.id() + "/webhooks";
        JsonNode none = admin.get(base + "/await?event=customer.created&resourceId=" + theirs + "&timeoutMs=50")
                .json();
        assertThat(none.get("delivered").asBoolean()).as("another account's delivery").isFalse();
        assertThat(none.get("delivery").isNull()).isTrue();
        assertThat(admin.get(base + "/deliveries").json()).isEmpty();

        assertThat(admin.get(base + "/await?timeoutMs=soon").json().at("/error/fields/0/field").asText())
                .isEqualTo("timeoutMs");
        assertThat(admin.get(base + "/await?timeoutMs=600001").status()).isEqualTo(400);
        assertThat(admin.get(base + "/await?resourceId=-1").status()).isEqualTo(400);
        assertThat(admin.get("/_frontdesk/accounts/999999/webhooks/await?timeoutMs=0").status()).isEqualTo(404);
        assertThat(admin.get("/_frontdesk/accounts/999999/webhooks/deliveries").status()).isEqualTo(404);
    }
}
