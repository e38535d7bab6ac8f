package io.frontdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Main;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the three catalogues, end to end: a Help Scout 2.0 subscription, a 1.0 hook and a HelpCrunch webhook
 * (from the command line, its only way) subscribe a real receiver to everything; each change is made through the HTTP
 * APIs (tags renamed and deleted from the command line, which only it can); the real delivery lane runs; and each
 * change must deliver exactly the expected (dialect, event) pairs, once each, signed with the vendor's algorithm and
 * carrying the body the subscriber's dialect renders (the golden payloads, or the resource's GET).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookEndToEndTest {

    private static final String V2_SECRET = "asdfasdf";
    private static final String V1_SECRET = "v1-secret-1";
    private static final String HC_KEY = "hc-signing-key";
    /** Links in Help Scout bodies are absolute: on the public URL when one is set (the test server's port is 0). */
    private static final String PUBLIC = "http://desk.example.test";

    /** Names Frontdesk has no change for yet (Help Scout ratings, Beacon, surveys, merge), and the test ping. */
    private static final Set<String> NEVER_FIRED = Set.of("helpscout_v2/convo.merged",
            "helpscout_v2/satisfaction.ratings", "helpscout_v2/beacon.chat.created",
            "helpscout_v2/beacon.chat.customer.replied", "helpscout_v2/message.survey.response.received",
            "helpscout_v1/convo.merged", "helpscout_v1/satisfaction.ratings", "helpscout_v1/helpscout.test");

    @Parameter
    Backend backend;

    TestServer server;
    Receiver receiver;
    Tenant tenant;
    Client v2;
    int seen;
    final Set<String> fired = new TreeSet<>();
    final Set<String> checked = new HashSet<>();

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true", ConfigKey.PUBLIC_URL, PUBLIC), routes -> { });
        receiver = Receiver.start();
        tenant = server.newTenant();
        v2 = tenant.v2();
    }

    @AfterEach
    void stop() {
        receiver.close();
        server.close();
    }

    private void subscribeToEverything() {
        assertThat(Receiver.helpScoutSignature("asdfasdf", "{\"id\":123}".getBytes(StandardCharsets.UTF_8)))
                .as("the reference's test vector").isEqualTo("7S2+kN8bZsrdAEADJ+yYfWWsf/4=");
        Response created = v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/v2") + "\",\"events\":"
                + names(WebhookDialect.HELPSCOUT_V2) + ",\"secret\":\"" + V2_SECRET + "\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Response hook = tenant.v1().post("/v1/hooks.json", "{\"url\":\"" + receiver.url("/v1") + "\",\"events\":"
                + names(WebhookDialect.HELPSCOUT_V1) + ",\"secret\":\"" + V1_SECRET + "\"}");
        assertThat(hook.status()).as("%s", hook).isEqualTo(201);
        String out = cli("webhooks", "create", "--account", Long.toString(tenant.accountId()), "--dialect",
                "helpcrunch", "--url", receiver.url("/hc"), "--events",
                String.join(",", WebhookCatalogue.events(WebhookDialect.HELPCRUNCH)), "--signing-key", HC_KEY,
                "--webhook-allow-private=true");
        assertThat(out).contains("webhook_id=");
    }

    @Test
    void every_event_of_every_catalogue_arrives_once_for_its_change() {
        subscribeToEverything();

        Response vera = v2.post("/v2/customers", "{\"firstName\":\"Vera\",\"lastName\":\"Payload\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"vera@example.com\"}]}");
        long customer = created(vera);
        expect("helpscout_v2/customer.created", "helpscout_v1/customer.created", "helpcrunch/customer.new");

        ok(tenant.hc().patch("/customers/" + customer, "{\"email\":\"vera2@example.com\",\"unsubscribed\":true,"
                + "\"blocked\":true,\"userId\":\"vera-1\",\"customData\":{\"Plan\":\"gold\"}}"));
        expect("helpscout_v2/customer.updated", "helpcrunch/customer.email_updated",
                "helpcrunch/customer.unsubscribed", "helpcrunch/customer.blocked");

        ok(tenant.hc().put("/customers/" + customer + "/tags",
                "{\"tags\":[{\"name\":\"VIP\",\"color\":\"#ff0000\"}]}"));
        expect("helpscout_v2/tag.created", "helpscout_v2/customer.updated", "helpcrunch/customer.tags_changed");

        long chat = conversation("chat", "vera2@example.com");
        expect("helpscout_v2/convo.created", "helpscout_v1/convo.created", "helpcrunch/chat.new");
        String path = "/v2/conversations/" + chat;
        User agent = server.app().accounts().createUser(tenant.accountId(), "Ada", "Agent", "ada@agents.example",
                Role.USER);
        Mailbox other = server.app().mailboxes().create(tenant.accountId(), "Sales", "sales@agents.example");
        created(v2.post(path + "/customer", "{\"customer\":{\"email\":\"vera2@example.com\"},\"text\":\"Anyone?\"}"));
        expect("helpscout_v2/convo.customer.reply.created", "helpscout_v1/convo.customer.reply.created",
                "helpcrunch/message.chat.customer");
        created(v2.post(path + "/reply", "{\"customer\":{\"email\":\"vera2@example.com\"},\"text\":\"Yes!\","
                + "\"user\":" + agent.id() + "}"));
        // the first agent reply moves the chat from new to opened
        expect("helpscout_v2/convo.agent.reply.created", "helpscout_v1/convo.agent.reply.created",
                "helpcrunch/message.chat.agent", "helpcrunch/chat.status_updated");
        created(v2.post(path + "/notes", "{\"text\":\"Internal\"}"));
        expect("helpscout_v2/convo.note.created", "helpscout_v1/convo.note.created", "helpcrunch/message.private");
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + agent.id() + "}"));
        expect("helpscout_v2/convo.assigned", "helpscout_v1/convo.assigned", "helpcrunch/chat.assigned");
        ok(v2.put(path + "/snooze", "{\"snoozedUntil\":\"2099-01-01T00:00:00Z\",\"unsnoozeOnCustomerReply\":false}"));
        expect("helpcrunch/chat.snoozed");
        ok(v2.delete(path + "/snooze"));
        expect("helpcrunch/chat.unsnoozed");
        ok(v2.put(path + "/tags", "{\"tags\":[\"billing\"]}"));
        expect("helpscout_v2/tag.created", "helpscout_v2/convo.tags", "helpscout_v1/convo.tags");
        ok(v2.put(path + "/fields", "{\"fields\":[]}"));
        expect("helpscout_v2/convo.custom-fields");
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}"));
        expect("helpscout_v2/convo.status", "helpscout_v1/convo.status", "helpcrunch/chat.status_updated",
                "helpcrunch/chat.closed");
        ok(tenant.hc().put("/chats/rate", "{\"id\":" + chat + ",\"rating\":\"great\"}"));
        expect("helpcrunch/chat.rated");
        ok(v2.patch(path, "{\"op\":\"replace\",\"path\":\"/mailboxId\",\"value\":" + other.id() + "}"));
        expect("helpscout_v2/convo.moved", "helpscout_v1/convo.moved");
        ok(v2.delete(path));
        expect("helpscout_v2/convo.deleted", "helpscout_v1/convo.deleted");

        long email = conversation("email", "emailer@example.com");
        expect("helpscout_v2/customer.created", "helpscout_v1/customer.created", "helpcrunch/customer.new",
                "helpscout_v2/convo.created", "helpscout_v1/convo.created");
        created(v2.post("/v2/conversations/" + email + "/reply", "{\"customer\":{\"email\":\"emailer@example.com\"},"
                + "\"text\":\"Thanks for writing\"}"));
        expect("helpscout_v2/convo.agent.reply.created", "helpscout_v1/convo.agent.reply.created",
                "helpcrunch/message.email.agent");
        created(v2.post("/v2/conversations/" + email + "/customer", "{\"customer\":{\"email\":\"emailer@example.com\"},"
                + "\"text\":\"Again\"}"));
        expect("helpscout_v2/convo.customer.reply.created", "helpscout_v1/convo.customer.reply.created",
                "helpcrunch/message.email.customer");

        ok(tenant.hc().patch("/customers/" + customer, "{\"unsubscribed\":false,\"blocked\":false}"));
        expect("helpscout_v2/customer.updated", "helpcrunch/customer.subscribed", "helpcrunch/customer.unblocked");

        long billing = tagId("billing");
        cli("tags", "rename", "--account", Long.toString(tenant.accountId()), "--id", Long.toString(billing),
                "--name", "invoices", "--color", "#00ff00");
        List<Receiver.Request> renamed = expect("helpscout_v2/tag.updated");
        JsonNode listed = tagJson(billing);
        assertThat(listed.get("name").asText()).isEqualTo("invoices");
        assertThat(read(renamed.get(0).text())).isEqualTo(listed);

        long vip = tagId("VIP");
        cli("tags", "delete", "--account", Long.toString(tenant.accountId()), "--id", Long.toString(vip));
        List<Receiver.Request> deleted = expect("helpscout_v2/tag.deleted");
        assertThat(deleted.get(0).text()).isEqualTo("{\"id\":" + vip + "}");

        Response hana = tenant.hc().post("/customers", "{\"name\":\"Hana Crunch\",\"email\":\"hana@example.com\"}");
        assertThat(hana.status()).as("%s", hana).isBetween(200, 201);
        expect("helpscout_v2/customer.created", "helpscout_v1/customer.created", "helpcrunch/customer.new");

        long emailer = v2.get("/v2/conversations/" + email).json().at("/primaryCustomer/id").asLong();
        // the golden customer.deleted is Vera's; this one is checked against the customer's last state below
        checked.add("helpcrunch/customer.deleted");
        ok(tenant.hc().delete("/customers/" + emailer));
        List<Receiver.Request> gone = expect("helpscout_v2/customer.deleted", "helpcrunch/customer.deleted",
                "helpscout_v2/convo.deleted", "helpscout_v1/convo.deleted");
        assertThat(gone.stream().filter(r -> r.path().startsWith("/v")
                && "convo.deleted".equals(r.header("X-HelpScout-Event"))).map(Receiver.Request::text))
                .as("the conversation that went with its customer").containsOnly("{\"id\":" + email + "}");
        JsonNode last = gone.stream().filter(r -> r.path().equals("/hc")).map(r -> read(r.text()).get("eventData"))
                .findFirst().orElseThrow();
        assertThat(last.get("id").asLong()).isEqualTo(emailer);
        assertThat(last.get("email").asText()).isEqualTo("emailer@example.com");

        Set<String> catalogue = new TreeSet<>();
        for (WebhookDialect d : WebhookDialect.values()) {
            WebhookCatalogue.events(d).forEach(name -> catalogue.add(key(d) + "/" + name));
        }
        catalogue.removeAll(NEVER_FIRED);
        assertThat(fired).as("every event of every catalogue but the ones with no change yet")
                .isEqualTo(catalogue);
    }

    @Test
    void a_rejected_request_fires_nothing() {
        subscribeToEverything();
        Response v2Bad = v2.post("/v2/customers", "{\"firstName\":\"" + "x".repeat(200) + "\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"not an email\"}]}");
        assertThat(v2Bad.status()).as("%s", v2Bad).isBetween(400, 499);
        Response hcBad = tenant.hc().post("/customers", "{\"name\":\"Bad\",\"email\":\"not an email\"}");
        assertThat(hcBad.status()).as("%s", hcBad).isBetween(400, 499);
        Response convoBad = v2.post("/v2/conversations", "{\"subject\":\"x\",\"type\":\"email\",\"mailboxId\":"
                + tenant.mailbox().id() + ",\"customer\":{\"email\":\"new@example.com\"},\"threads\":[]}");
        assertThat(convoBad.status()).as("%s", convoBad).isBetween(400, 499);
        expect();
        assertThat(server.app().webhooks().list(tenant.accountId())).hasSize(3);
    }

    /**
     * Runs the real delivery lane until nothing is due, then checks that the requests this change caused are
     * exactly {@code expected} (dialect/event), each signed, with the dialect's body.
     */
    private List<Receiver.Request> expect(String... expected) {
        while (server.app().webhookWorker().runOnce() > 0) {
            // drain what is due
        }
        List<Receiver.Request> all = receiver.requests();
        List<Receiver.Request> now = all.subList(seen, all.size());
        seen = all.size();
        List<String> keys = new ArrayList<>();
        for (Receiver.Request request : now) {
            String key = verify(request);
            keys.add(key);
            fired.add(key);
        }
        assertThat(keys).containsExactlyInAnyOrder(expected);
        assertThat(now.stream().map(r -> r.header("X-Frontdesk-Delivery")).collect(Collectors.toSet()))
                .as("one delivery id each").hasSize(now.size());
        return List.copyOf(now);
    }

    /** Checks the signature and body of one request; returns its dialect/event key. */
    private String verify(Receiver.Request request) {
        String dialect;
        String event;
        String data;
        if (request.path().equals("/hc")) {
            dialect = "helpcrunch";
            assertThat(request.header("X-HelpCrunch-Signature"))
                    .isEqualTo(Receiver.helpCrunchSignature(HC_KEY, request.body()));
            JsonNode envelope = read(request.text());
            event = envelope.get("event").asText();
            data = envelope.get("eventData").toString();
        } else {
            dialect = request.path().equals("/v2") ? "helpscout_v2" : "helpscout_v1";
            String secret = dialect.equals("helpscout_v2") ? V2_SECRET : V1_SECRET;
            assertThat(request.header("X-HelpScout-Signature"))
                    .isEqualTo(Receiver.helpScoutSignature(secret, request.body()));
            event = request.header("X-HelpScout-Event");
            data = request.text();
        }
        assertThat(request.text()).doesNotContain("\n");
        String key = dialect + "/" + event;
        // the first body of each kind is the one the golden file was taken from (the same changes, in the same order)
        if (checked.add(key) && Golden.class.getResource("/golden/webhooks/" + key + ".json") != null) {
            GoldenRecorder.check(data, "webhooks/" + key + ".json", PUBLIC);
        }
        return key;
    }

    private long conversation(String type, String email) {
        return created(v2.post("/v2/conversations", "{\"subject\":\"Payloads\",\"type\":\"" + type + "\","
                + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"email\":\""
                + email + "\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello there\"}]}"));
    }

    private long tagId(String name) {
        return server.app().tags().list(tenant.accountId()).stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private JsonNode tagJson(long id) {
        for (JsonNode tag : v2.get("/v2/tags").json().at("/_embedded/tags")) {
            if (tag.get("id").asLong() == id) {
                return tag;
            }
        }
        throw new AssertionError("no tag " + id);
    }

    private String cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", server.dataDir().toString()));
        if (server.databaseUrl() != null) {
            all.addAll(List.of("--database-url", server.databaseUrl()));
        }
        synchronized (WebhookEndToEndTest.class) {
            PrintStream out = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                int code = Main.run(all.toArray(String[]::new));
                assertThat(code).as(captured.toString(StandardCharsets.UTF_8)).isZero();
            } finally {
                System.setOut(out);
            }
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    private static String names(WebhookDialect dialect) {
        return WebhookCatalogue.events(dialect).stream().map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String key(WebhookDialect dialect) {
        return dialect.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
