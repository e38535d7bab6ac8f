package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** `PUT /chats/snooze` on a server whose clock the test drives: a snoozed chat wakes, unread, at its time. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcChatSnoozeTest {

    private static final Instant START = Instant.parse("2030-01-01T09:00:00Z");

    @Parameter
    Backend backend;

    private final ManualClock clock = new ManualClock(START);
    private TestServer server;
    private Client hc;
    private long chat;

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(), routes -> { }, clock);
        Tenant tenant = server.newTenant();
        hc = tenant.hc();
        long customer = HcTests.create(hc, "{\"name\":\"Sleepy\"}");
        chat = hc.post("/chats", "{\"customer\":" + customer + "}").json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_snoozed_chat_wakes_unread_when_the_clock_passes_its_time() {
        long until = START.plus(Duration.ofHours(2)).getEpochSecond();
        JsonNode snoozed = hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":" + until + "}").json();
        assertThat(snoozed.get("snoozedUntil").asText()).isEqualTo(Long.toString(until));
        assertThat(snoozed.get("readByAgent").asBoolean()).isTrue();
        assertThat(snoozed.get("status").asText()).isEqualTo("empty");

        clock.advance(Duration.ofMinutes(119));
        assertThat(hc.get("/chats/" + chat).json().get("snoozedUntil").asText()).isEqualTo(Long.toString(until));
        clock.advance(Duration.ofMinutes(1));
        JsonNode woke = hc.get("/chats/" + chat).json();
        assertThat(woke.get("snoozedUntil").isNull()).isTrue();
        assertThat(woke.get("readByAgent").asBoolean()).isFalse();
        // read again after waking, it stays read
        assertThat(hc.put("/chats/readByAgent", "{\"id\":" + chat + ",\"read\":true}").json().get("readByAgent")
                .asBoolean()).isTrue();
    }

    @Test
    void null_unsnoozes_and_a_past_time_is_refused() {
        long until = START.plus(Duration.ofDays(1)).getEpochSecond();
        hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":\"" + until + "\"}");
        JsonNode unsnoozed = hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":null}").json();
        assertThat(unsnoozed.get("snoozedUntil").isNull()).isTrue();
        assertThat(unsnoozed.get("readByAgent").asBoolean()).isTrue();
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":" + START.getEpochSecond()
                + "}"), "invalid_chat_value", "snoozedUntil value is invalid");
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + chat + "}"), "snoozedUntil", HcMessages.NOT_BLANK);
    }
}
