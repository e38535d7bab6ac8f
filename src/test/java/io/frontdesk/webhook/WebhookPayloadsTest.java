package io.frontdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.eventlog.Event;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialect's webhook body for every event a change through the API fires, captured as a subscriber would:
 * inside the change's transaction, so a deleted customer is rendered as it was. One golden file per dialect and
 * event name (`golden/webhooks/`); each body is compact single-line JSON.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookPayloadsTest {

    /** One capture as W1's fan-out would make it. */
    record Captured(WebhookDialect dialect, String name, String body, String notification) {
    }

    /** Captures by account, one subscriber per shared server (subscribers cannot be removed). */
    private static final Map<TestServer, Map<Long, List<Captured>>> CAPTURES = new ConcurrentHashMap<>();

    @Parameter
    Backend backend;

    Tenant tenant;
    Client v2;
    List<Captured> captured;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        v2 = tenant.v2();
        TestServer server = tenant.server();
        Map<Long, List<Captured>> byAccount = CAPTURES.computeIfAbsent(server, s -> {
            Map<Long, List<Captured>> map = new ConcurrentHashMap<>();
            List<WebhookPayloads> payloads = s.app().webhookPayloads(account -> s.baseUrl());
            s.app().subscribe(event -> {
                List<Captured> sink = map.get(event.accountId());
                if (sink != null) {
                    capture(payloads, event, sink);
                }
            });
            return map;
        });
        captured = Collections.synchronizedList(new ArrayList<>());
        byAccount.put(tenant.accountId(), captured);
    }

    private static void capture(List<WebhookPayloads> payloads, Event event, List<Captured> sink) {
        for (WebhookPayloads dialect : payloads) {
            for (String name : dialect.eventNames(event)) {
                sink.add(new Captured(dialect.dialect(), name, dialect.capture(event, name, false),
                        dialect.capture(event, name, true)));
            }
        }
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    }

    private long conversation(String type, String email) {
        return created(v2.post("/v2/conversations", "{\"subject\":\"Payloads\",\"type\":\"" + type + "\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\""
                + email + "\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello there\"}]}"));
    }

    @Test
    void every_event_renders_each_dialects_golden_body() {
        long customer = created(v2.post("/v2/customers", "{\"firstName\":\"Vera\",\"lastName\":\"Payload\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"vera@example.com\"}]}"));
        ok(tenant.hc().patch("/customers/" + customer, "{\"email\":\"vera2@example.com\",\"unsubscribed\":true,"
                + "\"blocked\":true,\"userId\":\"vera-1\",\"customData\":{\"Plan\":\"gold\"}}"));
        ok(tenant.hc().put("/customers/" + customer + "/tags",
                "{\"tags\":[{\"name\":\"VIP\",\"color\":\"#ff0000\"}]}"));

        long chat = conversation("chat", "vera2@example.com");
        String path = "/v2/conversations/" + chat;
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ada", "Agent",
                "ada@agents.example", Role.USER);
        Mailbox other = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales", "sales@agents.example");
        created(v2.post(path + "/customer", "{\"customer\":{\"email\":\"vera2@example.com\"},\"text\":\"Anyone?\"}"));
        created(v2.post(path + "/reply", "{\"customer\":{\"email\":\"vera2@example.com\"},\"text\":\"Yes!\","
                + "\"user\":" + agent.id() + "}"));
        created(v2.post(path + "/notes", "{\"text\":\"Internal\"}"));
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + agent.id() + "}"));
        // the one snooze: set through Help Scout, heard by HelpCrunch subscribers as chat.snoozed / chat.unsnoozed
        ok(v2.put(path + "/snooze", "{\"snoozedUntil\":\"2099-01-01T00:00:00Z\",\"unsnoozeOnCustomerReply\":false}"));
        ok(v2.delete(path + "/snooze"));
        ok(v2.put(path + "/tags", "{\"tags\":[\"billing\"]}"));
        ok(v2.put(path + "/fields", "{\"fields\":[]}"));
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}"));
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/mailboxId\",\"value\":" + other.id() + "}"));
        ok(v2.delete(path));

        long email = conversation("email", "emailer@example.com");
        created(v2.post("/v2/conversations/" + email + "/reply", "{\"customer\":{\"email\":\"emailer@example.com\"},"
                + "\"text\":\"Thanks for writing\"}"));
        created(v2.post("/v2/conversations/" + email + "/customer", "{\"customer\":{\"email\":\"emailer@example.com\"},"
                + "\"text\":\"Again\"}"));
        ok(tenant.hc().delete("/customers/" + customer));

        Map<String, Captured> first = new java.util.LinkedHashMap<>();
        for (Captured c : List.copyOf(captured)) {
            first.putIfAbsent(c.dialect().name().toLowerCase(java.util.Locale.ROOT) + "/" + c.name(), c);
            assertThat(c.body()).doesNotContain("\n");
        }
        assertThat(first.keySet()).containsExactlyInAnyOrder(
                "helpscout_v2/customer.created", "helpscout_v2/customer.updated", "helpscout_v2/customer.deleted",
                "helpscout_v2/tag.created", "helpscout_v2/convo.created", "helpscout_v2/convo.customer.reply.created",
                "helpscout_v2/convo.agent.reply.created", "helpscout_v2/convo.note.created",
                "helpscout_v2/convo.assigned", "helpscout_v2/convo.tags", "helpscout_v2/convo.custom-fields",
                "helpscout_v2/convo.status", "helpscout_v2/convo.moved", "helpscout_v2/convo.deleted",
                "helpscout_v1/customer.created", "helpscout_v1/convo.created",
                "helpscout_v1/convo.customer.reply.created", "helpscout_v1/convo.agent.reply.created",
                "helpscout_v1/convo.note.created", "helpscout_v1/convo.assigned", "helpscout_v1/convo.tags",
                "helpscout_v1/convo.status", "helpscout_v1/convo.moved", "helpscout_v1/convo.deleted",
                "helpcrunch/customer.new", "helpcrunch/customer.email_updated", "helpcrunch/customer.unsubscribed",
                "helpcrunch/customer.blocked", "helpcrunch/customer.tags_changed", "helpcrunch/customer.deleted",
                "helpcrunch/chat.new", "helpcrunch/message.chat.customer", "helpcrunch/message.chat.agent",
                "helpcrunch/message.private", "helpcrunch/chat.assigned", "helpcrunch/chat.status_updated",
                "helpcrunch/chat.closed", "helpcrunch/message.email.agent", "helpcrunch/message.email.customer",
                "helpcrunch/chat.snoozed", "helpcrunch/chat.unsnoozed");
        // HelpCrunch's times inside eventData are fractional seconds in a string
        assertThat(read(first.get("helpcrunch/message.chat.agent").body()).at("/message/createdAt").asText())
                .matches("\\d{10}\\.\\d{3}");
        String base = tenant.server().baseUrl();
        first.forEach((key, c) -> GoldenRecorder.check(c.body(), "webhooks/" + key + ".json", base));
        GoldenRecorder.check(first.get("helpscout_v2/convo.status").notification(),
                "webhooks/helpscout_v2/notification.json", base);
    }

    @Test
    void a_deleted_customer_is_rendered_as_it_was_and_counts_every_helpcrunch_aspect_once() {
        Response hc = tenant.hc().post("/customers", "{\"name\":\"Gone Soon\",\"email\":\"gone@example.com\"}");
        long id = hc.json().get("id").asLong();
        ok(v2.delete("/v2/customers/" + id + "?async=true"));

        Captured deleted = captured.stream().filter(c -> c.name().equals("customer.deleted")
                && c.dialect() == WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
        JsonNode data = read(deleted.body());
        assertThat(data.get("email").asText()).isEqualTo("gone@example.com");
        assertThat(captured.stream().filter(c -> c.name().equals("customer.deleted")).count()).isEqualTo(2);
    }

    @Test
    void helpcrunch_wraps_the_captured_data_anew_at_each_attempt() {
        WebhookPayloads hc = tenant.server().app().webhookPayloads().stream()
                .filter(p -> p.dialect() == WebhookDialect.HELPCRUNCH).findFirst().orElseThrow();
        String data = "{\"id\":7,\"name\":\"Paul\"}";
        String first = hc.envelope("customer.new", data, 0, 1607542031, 1607542031,
                "73499e69-285c-44c3-8431-a843ed08183d");
        String second = hc.envelope("customer.new", data, 1, 1607542091, 1607542031,
                "73499e69-285c-44c3-8431-a843ed08183d");

        assertThat(first).isEqualTo("{\"event\":\"customer.new\",\"eventData\":{\"id\":7,\"name\":\"Paul\"},"
                + "\"attempts\":0,\"lastAttemptAt\":1607542031,\"createdAt\":1607542031,"
                + "\"id\":\"73499e69-285c-44c3-8431-a843ed08183d\"}");
        assertThat(read(second).get("attempts").asInt()).isEqualTo(1);
        assertThat(read(second).get("lastAttemptAt").asLong()).isEqualTo(1607542091);
        WebhookPayloads helpScout = tenant.server().app().webhookPayloads().get(0);
        assertThat(helpScout.envelope("convo.deleted", "{\"id\":123}", 3, 1, 1, "x")).isEqualTo("{\"id\":123}");
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
