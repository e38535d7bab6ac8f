package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.Json;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `PUT /chats/snooze` is the conversation's one snooze, the one Help Scout's `/v2/conversations/{id}/snooze` sets: a
 * snoozed chat wakes when the queue worker runs the wake-up job at its time on the server's clock (a
 * {@link ManualClock} and the worker's {@code runOnce} here, never waiting), unread for agents and active again; the
 * snooze and its end are events HelpCrunch subscribers hear as `chat.snoozed` and `chat.unsnoozed`.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HcChatSnoozeTest {

    private static final Instant START = Instant.parse("2030-01-01T09:00:00Z");

    @Parameter
    Backend backend;

    private final ManualClock clock = new ManualClock(START);
    private TestServer server;
    private Tenant tenant;
    private Client hc;
    private Client v2;
    private long customer;
    private long chat;

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(), routes -> { }, clock);
        tenant = server.newTenant();
        hc = tenant.hc();
        v2 = tenant.v2();
        customer = HcTests.create(hc, "{\"name\":\"Sleepy\"}");
        chat = hc.post("/chats", "{\"customer\":" + customer + "}").json().get("id").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_snoozed_chat_wakes_unread_and_active_when_the_worker_runs_its_job_at_its_time() throws Exception {
        assertThat(hc.post("/messages", "{\"chat\":" + chat + ",\"text\":\"Anyone there?\",\"type\":\"message\"}")
                .status()).isEqualTo(200);
        hc.put("/chats/readByAgent", "{\"id\":" + chat + ",\"read\":true}");
        hc.put("/chats/status", "{\"id\":" + chat + ",\"status\":\"pending\"}");
        long until = START.plus(Duration.ofHours(2)).getEpochSecond();
        JsonNode snoozed = hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":" + until + "}").json();
        assertThat(snoozed.get("snoozedUntil").asText()).isEqualTo(Long.toString(until));
        assertThat(snoozed.get("readByAgent").asBoolean()).isTrue();
        assertThat(snoozed.get("status").asText()).as("a snooze keeps the status").isEqualTo("pending");
        JsonNode seen = v2.get("/v2/conversations/" + chat).json();
        assertThat(seen.at("/snooze/snoozedUntil").asText()).as("Help Scout sees the same snooze")
                .isEqualTo(Instant.ofEpochSecond(until).toString());
        assertThat(seen.at("/snooze/snoozedBy").asLong()).isEqualTo(tenant.owner().id());
        assertThat(seen.at("/nextEvent/eventType").asText()).isEqualTo("snooze");

        clock.advance(Duration.ofMinutes(119));
        assertThat(server.app().jobWorker().runOnce()).as("not due yet").isZero();
        assertThat(hc.get("/chats/" + chat).json().get("snoozedUntil").asText()).isEqualTo(Long.toString(until));
        clock.advance(Duration.ofMinutes(1));
        assertThat(server.app().jobWorker().runOnce()).isEqualTo(1);

        JsonNode woke = hc.get("/chats/" + chat).json();
        assertThat(woke.get("snoozedUntil").isNull()).isTrue();
        assertThat(woke.get("readByAgent").asBoolean()).isFalse();
        assertThat(woke.get("status").asText()).as("the wake-up makes it active again").isEqualTo("new");
        assertThat(v2.get("/v2/conversations/" + chat).json().has("snooze")).isFalse();

        List<Event> events = server.app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.subjectId() == chat).toList();
        Event snoozedEvent = events.stream().filter(e -> e.type() == EventType.CONVERSATION_SNOOZED).findFirst()
                .orElseThrow();
        Event woken = events.stream().filter(e -> e.type() == EventType.CONVERSATION_UNSNOOZED).findFirst()
                .orElseThrow();
        assertThat(snoozedEvent.actorUserId()).isEqualTo(tenant.owner().id());
        assertThat(woken.actorUserId()).as("its time came: nobody acted").isNull();
        assertThat(woken.occurredAt()).isEqualTo(Instant.ofEpochSecond(until));
        assertThat(events.stream().filter(e -> e.type() == EventType.CONVERSATION_STATUS).count())
                .as("set pending, then woken active").isEqualTo(2);
        WebhookPayloads payloads = server.app().webhookPayloads().stream()
                .filter(p -> p.dialect() == WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
        assertThat(payloads.eventNames(snoozedEvent)).containsExactly("chat.snoozed");
        assertThat(payloads.eventNames(woken)).containsExactly("chat.unsnoozed");
        JsonNode data = Json.MAPPER.readTree(payloads.capture(woken, "chat.unsnoozed", false));
        assertThat(data.get("id").asLong()).isEqualTo(chat);
        assertThat(data.get("snoozedUntil").isNull()).isTrue();

        // read again after waking, it stays read
        assertThat(hc.put("/chats/readByAgent", "{\"id\":" + chat + ",\"read\":true}").json().get("readByAgent")
                .asBoolean()).isTrue();
    }

    @Test
    void a_help_scout_snooze_is_the_chats_and_ending_it_there_unsnoozes_the_chat() {
        Instant until = START.plus(Duration.ofDays(1));
        assertThat(v2.put("/v2/conversations/" + chat + "/snooze", "{\"snoozedUntil\":\"" + until
                + "\",\"unsnoozeOnCustomerReply\":false}").status()).isEqualTo(204);
        assertThat(hc.get("/chats/" + chat).json().get("snoozedUntil").asText())
                .isEqualTo(Long.toString(until.getEpochSecond()));

        assertThat(v2.delete("/v2/conversations/" + chat + "/snooze").status()).isEqualTo(204);
        JsonNode unsnoozed = hc.get("/chats/" + chat).json();
        assertThat(unsnoozed.get("snoozedUntil").isNull()).isTrue();
        assertThat(unsnoozed.get("readByAgent").asBoolean()).as("ended by an agent: not popped back").isTrue();
        assertThat(server.app().eventLog().after(tenant.accountId(), 0, 1000).stream()
                .filter(e -> e.subjectId() == chat).map(Event::type)).contains(EventType.CONVERSATION_SNOOZED,
                EventType.CONVERSATION_UNSNOOZED);
        clock.advance(Duration.ofDays(2));
        assertThat(server.app().jobWorker().runOnce()).as("the removed snooze's job runs and does nothing")
                .isEqualTo(1);
        assertThat(hc.get("/chats/" + chat).json().get("readByAgent").asBoolean()).isTrue();
    }

    @Test
    void a_customer_message_ends_a_chat_snooze() {
        long until = START.plus(Duration.ofHours(3)).getEpochSecond();
        hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":" + until + "}");
        assertThat(v2.get("/v2/conversations/" + chat).json().at("/snooze/unsnoozeOnCustomerReply").asBoolean())
                .isTrue();
        assertThat(hc.post("/messages", "{\"chat\":" + chat + ",\"text\":\"I am back\",\"type\":\"message\"}")
                .status()).isEqualTo(200);
        assertThat(hc.get("/chats/" + chat).json().get("snoozedUntil").isNull()).isTrue();
        assertThat(v2.get("/v2/conversations/" + chat).json().has("snooze")).isFalse();
    }

    @Test
    void null_unsnoozes_and_a_past_time_is_refused() {
        long until = START.plus(Duration.ofDays(1)).getEpochSecond();
        hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":\"" + until + "\"}");
        JsonNode unsnoozed = hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":null}").json();
        assertThat(unsnoozed.get("snoozedUntil").isNull()).isTrue();
        assertThat(unsnoozed.get("readByAgent").asBoolean()).isTrue();
        assertThat(v2.get("/v2/conversations/" + chat).json().has("snooze")).isFalse();
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":" + START.getEpochSecond()
                + "}"), "invalid_chat_value", "snoozedUntil value is invalid");
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + chat + ",\"snoozedUntil\":4133980800}"),
                "invalid_chat_value", "snoozedUntil value is invalid");
        assertInvalid(hc.put("/chats/snooze", "{\"id\":" + chat + "}"), "snoozedUntil", HcMessages.NOT_BLANK);
        assertThat(hc.get("/chats/" + chat).json().get("snoozedUntil").isNull()).isTrue();
    }
}
