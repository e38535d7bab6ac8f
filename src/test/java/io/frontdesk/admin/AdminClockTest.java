package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.config.ConfigKey;
import ch.qos.logback.classic.Level;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.webhook.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin clock is the server's one clock: read, freeze, set, advance, resume; what the server dates comes from it,
 * and token expiry, rate-limit windows, snooze wake-ups and webhook retries move with it, with no sleeping (a move
 * wakes the queue lanes; testing.Await only waits for the lane's thread to have run).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminClockTest {

    private static final Instant Y2030 = Instant.parse("2030-01-01T00:00:00Z");

    @Parameter
    Backend backend;

    AdminFixture fixture;
    Client admin;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend, Map.of(ConfigKey.RATE_LIMIT_DEFAULT_MODE, "enforce"));
        admin = fixture.admin;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void read_freeze_set_advance_and_resume() {
        JsonNode now = admin.get("/_frontdesk/clock").json();
        assertThat(now.get("frozen").asBoolean()).isFalse();
        assertThat(now.get("controllable").asBoolean()).isTrue();

        JsonNode frozen = admin.post("/_frontdesk/clock/freeze", "").json();
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(admin.get("/_frontdesk/clock").json().get("epochMillis").asLong())
                .isEqualTo(frozen.get("epochMillis").asLong());

        JsonNode set = admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}").json();
        assertThat(set.get("now").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(set.get("frozen").asBoolean()).isTrue();

        assertThat(admin.post("/_frontdesk/clock/advance", "{\"seconds\":90}").json().get("now").asText())
                .isEqualTo("2030-01-01T00:01:30Z");
        assertThat(admin.post("/_frontdesk/clock/advance", "{\"duration\":\"PT1H\"}").json().get("now").asText())
                .isEqualTo("2030-01-01T01:01:30Z");
        assertThat(admin.post("/_frontdesk/clock/advance", "{\"millis\":500}").json().get("now").asText())
                .isEqualTo("2030-01-01T01:01:30.500Z");

        JsonNode running = admin.post("/_frontdesk/clock/resume", "").json();
        assertThat(running.get("frozen").asBoolean()).isFalse();
        assertThat(Instant.parse(running.get("now").asText())).isAfterOrEqualTo(Instant.parse("2030-01-01T01:01:30.500Z"));

        JsonNode both = admin.put("/_frontdesk/clock", "{\"now\":\"2031-05-05T05:05:05Z\",\"frozen\":true}").json();
        assertThat(both.get("now").asText()).isEqualTo("2031-05-05T05:05:05Z");
        assertThat(admin.post("/_frontdesk/clock/reset", "").json().get("frozen").asBoolean()).isFalse();
    }

    @Test
    void bad_clock_requests_are_refused_and_move_nothing() {
        admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}");
        assertField(admin.put("/_frontdesk/clock", "{}"), "now");
        assertField(admin.put("/_frontdesk/clock", "{\"now\":\"tomorrow\"}"), "now");
        assertField(admin.put("/_frontdesk/clock", "{\"frozen\":\"yes\"}"), "frozen");
        assertField(admin.post("/_frontdesk/clock/advance", "{\"seconds\":-5}"), "seconds");
        assertField(admin.post("/_frontdesk/clock/advance", "{\"seconds\":5,\"millis\":5}"), "seconds");
        assertField(admin.post("/_frontdesk/clock/advance", "{\"duration\":\"an hour\"}"), "duration");
        assertThat(admin.post("/_frontdesk/clock/advance", "[]").status()).isEqualTo(400);
        assertThat(admin.get("/_frontdesk/clock").json().get("now").asText()).isEqualTo("2030-01-01T00:00:00Z");

        try (AdminFixture fixed = AdminFixture.start(backend, Map.of(ConfigKey.CLOCK_CONTROL, "false"))) {
            assertThat(fixed.admin.get("/_frontdesk/clock").json().get("controllable").asBoolean()).isFalse();
            Response refused = fixed.admin.post("/_frontdesk/clock/advance", "{\"seconds\":5}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().at("/error/code").asText()).isEqualTo("conflict");
        }
    }

    @Test
    void what_the_server_dates_and_token_expiry_follow_the_clock() {
        admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}");
        AdminFixture.Account account = fixture.newAccount();
        Client v2 = account.v2();
        Response created = v2.post("/v2/customers", "{\"firstName\":\"Dated\"}");
        JsonNode customer = v2.get("/v2/customers/" + created.header("Resource-ID")).json();
        assertThat(customer.get("createdAt").asText()).isEqualTo("2030-01-01T00:00:00Z");

        admin.post("/_frontdesk/clock/advance", "{\"seconds\":172799}");
        assertThat(v2.get("/v2/mailboxes").status()).as("a second before the token expires").isEqualTo(200);
        admin.post("/_frontdesk/clock/advance", "{\"seconds\":1}");
        assertThat(v2.get("/v2/mailboxes").status()).as("expired with the clock").isEqualTo(401);
    }

    @Test
    void rate_limit_windows_start_over_when_the_clock_moves() {
        admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:01Z\",\"frozen\":true}");
        Client v1 = fixture.newAccount().v1();
        for (int i = 0; i < 12; i++) {
            assertThat(write(v1, i).status()).isEqualTo(201);
        }
        Response refused = write(v1, 12);
        assertThat(refused.status()).as("the 13th write in five seconds").isEqualTo(429);

        admin.post("/_frontdesk/clock/advance", "{\"seconds\":5}");
        assertThat(write(v1, 13).status()).as("the next burst window").isEqualTo(201);
    }

    @Test
    void a_snooze_wakes_when_the_clock_reaches_its_end() {
        admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}");
        AdminFixture.Account account = fixture.newAccount();
        Client v2 = account.v2();
        long id = Long.parseLong(v2.post("/v2/conversations", "{\"subject\":\"Snooze\",\"type\":\"email\","
                + "\"status\":\"pending\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"email\":"
                + "\"s@clock.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}").header("Resource-ID"));
        Response snoozed = v2.put("/v2/conversations/" + id + "/snooze",
                "{\"snoozedUntil\":\"2030-01-01T01:00:00Z\",\"unsnoozeOnCustomerReply\":false}");
        assertThat(snoozed.status()).as("%s", snoozed).isEqualTo(204);

        admin.post("/_frontdesk/clock/advance", "{\"seconds\":3599}");
        assertThat(v2.get("/v2/conversations/" + id).json().has("snooze")).isTrue();

        admin.post("/_frontdesk/clock/advance", "{\"seconds\":1}");
        Await.until("the snooze's job ran", Duration.ofSeconds(10),
                () -> "active".equals(v2.get("/v2/conversations/" + id).json().get("status").asText()));
        assertThat(v2.get("/v2/conversations/" + id).json().has("snooze")).isFalse();
    }

    @Test
    void a_failed_webhook_is_retried_when_the_clock_reaches_its_next_attempt() {
        try (Receiver receiver = Receiver.start();
             LogCapture failed = LogCapture.of(QueueLane.class, LogCapture.at(Level.WARN, "attempt 1 failed"))) {
            receiver.answer(500);
            admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}");
            AdminFixture.Account account = fixture.newAccount();
            Client v2 = account.v2();
            assertThat(v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":"
                    + "[\"customer.created\"],\"secret\":\"retry-secret\"}").status()).isEqualTo(201);
            long customer = Long.parseLong(v2.post("/v2/customers", "{\"firstName\":\"Retry\"}")
                    .header("Resource-ID"));

            assertThat(receiver.await("/hook", 1)).hasSize(1);
            String deliveries = "/_frontdesk/accounts/" + account.id() + "/webhooks/deliveries";
            Await.until("the failure is recorded", Duration.ofSeconds(10),
                    () -> admin.get(deliveries).json().at("/0/attemptCount").asInt() == 1);
            assertThat(admin.get(deliveries).json().at("/0/status").asText()).isEqualTo("pending");

            admin.post("/_frontdesk/clock/advance", "{\"seconds\":600}");
            JsonNode awaited = admin.get("/_frontdesk/accounts/" + account.id()
                    + "/webhooks/await?event=customer.created&resourceId=" + customer + "&timeoutMs=10000").json();
            assertThat(awaited.get("delivered").asBoolean()).isTrue();
            assertThat(awaited.at("/delivery/attemptCount").asInt()).isEqualTo(2);
            assertThat(awaited.at("/delivery/attempts/0/statusCode").asInt()).isEqualTo(500);
            assertThat(awaited.at("/delivery/attempts/1/statusCode").asInt()).isEqualTo(200);
            assertThat(awaited.at("/delivery/attempts/1/attemptedAt").asText()).startsWith("2030-01-01T00:10");
            assertThat(failed.messages()).hasSize(1);
        }
    }

    private static Response write(Client v1, int n) {
        return v1.post("/v1/customers.json", "{\"firstName\":\"Burst\",\"lastName\":\"N" + n + "\",\"emails\":"
                + "[{\"value\":\"b" + n + "@clock.test\",\"location\":\"work\"}]}");
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().at("/error/fields/0/field").asText()).isEqualTo(field);
    }
}
