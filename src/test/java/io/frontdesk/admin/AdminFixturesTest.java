package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixture packs over HTTP: a pack in JSON or YAML loads with its explicit ids, which every dialect then shows (one
 * core); a bad pack is a 400 naming the path and writes nothing; a taken id is a 409; an export loads back into an
 * empty sandbox and exports again the same.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminFixturesTest {

    @Parameter
    Backend backend;

    static String resource(String name) {
        try (InputStream in = AdminFixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response load(Client admin, String body, String contentType) {
        return admin.send("POST", "/_frontdesk/fixtures", body, contentType);
    }

    @Test
    void a_yaml_pack_loads_with_its_ids_and_every_dialect_shows_them() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Response loaded = load(fixture.admin, resource("acme.yaml"), "application/yaml");
            assertThat(loaded.status()).as("%s", loaded).isEqualTo(201);
            JsonNode account = loaded.json().get("accounts").get(0);
            assertThat(account.get("id").asLong()).isEqualTo(100);
            assertThat(account.at("/owner/id").asLong()).isEqualTo(100);
            assertThat(account.at("/owner/email").asText()).isEqualTo("ada@acme.test");
            assertThat(account.at("/mailbox/id").asLong()).isEqualTo(200);
            assertThat(account.at("/credentials/helpscoutV2/clientId").asText()).isEqualTo("acme-client-id");
            assertThat(account.at("/credentials/helpscoutV2/clientSecret").asText())
                    .isEqualTo("acme-client-secret-0001");
            assertThat(account.at("/credentials/helpscoutV1/apiKey").asText()).isEqualTo("acme-api-key-v1-000001");
            assertThat(account.at("/credentials/helpcrunch/apiKey").asText()).isEqualTo("acme-helpcrunch-key-0001");
            AdminFixture.Account acme = new AdminFixture.Account(fixture.server.baseUrl(), account);

            Client v2 = acme.v2();
            Response customer = v2.get("/v2/customers/500");
            assertThat(customer.status()).as("%s", customer).isEqualTo(200);
            assertThat(customer.json().get("firstName").asText()).isEqualTo("Carla");
            assertThat(customer.json().get("organizationId").asLong()).isEqualTo(400);
            assertThat(customer.json().at("/_embedded/emails/0/id").asLong()).isEqualTo(510);
            assertThat(customer.json().at("/_embedded/emails/0/value").asText()).isEqualTo("carla@example.com");
            Response conversation = v2.get("/v2/conversations/600?embed=threads");
            assertThat(conversation.status()).as("%s", conversation).isEqualTo(200);
            JsonNode c = conversation.json();
            assertThat(c.get("number").asLong()).isEqualTo(42);
            assertThat(c.get("subject").asText()).isEqualTo("The printer is on fire");
            assertThat(c.get("mailboxId").asLong()).isEqualTo(200);
            assertThat(c.at("/assignee/id").asLong()).isEqualTo(101);
            assertThat(c.get("threads").asLong()).isEqualTo(3);
            assertThat(c.at("/tags/0/id").asLong()).isEqualTo(300);
            assertThat(c.at("/customFields/0/id").asLong()).isEqualTo(210);
            assertThat(c.at("/customFields/0/text").asText()).isEqualTo("High");
            assertThat(c.at("/_embedded/threads").findValuesAsText("id")).contains("610", "611", "612");
            assertThat(v2.get("/v2/users/101").json().get("email").asText()).isEqualTo("bob@acme.test");
            assertThat(v2.get("/v2/teams/150/members").json().at("/_embedded/users/0/id").asLong()).isEqualTo(101);
            Response search = v2.get("/v2/customers?query=(email:%22carla@example.com%22)");
            assertThat(search.json().at("/_embedded/customers/0/id").asLong()).as("the search index follows")
                    .isEqualTo(500);

            Client v1 = acme.v1();
            Response v1Customer = v1.get("/v1/customers/500.json");
            assertThat(v1Customer.status()).as("%s", v1Customer).isEqualTo(200);
            assertThat(v1Customer.json().at("/item/firstName").asText()).isEqualTo("Carla");
            Response v1Conversation = v1.get("/v1/conversations/600.json");
            assertThat(v1Conversation.json().at("/item/number").asLong()).isEqualTo(42);
            assertThat(v1Conversation.json().at("/item/threads/0/id").asLong()).isIn(610L, 611L, 612L);

            Client hc = acme.hc();
            Response hcCustomer = hc.get("/customers/500");
            assertThat(hcCustomer.status()).as("%s", hcCustomer).isEqualTo(200);
            assertThat(hcCustomer.json().get("email").asText()).isEqualTo("carla@example.com");
            assertThat(hc.get("/agents/101").json().get("email").asText()).isEqualTo("bob@acme.test");

            assertThat(v2.get("/v2/webhooks/700").json().get("url").asText()).isEqualTo("http://127.0.0.1:9/hooks");
            Response none = fixture.admin.get("/_frontdesk/accounts/100/webhooks/deliveries");
            assertThat(none.json().size()).as("%s: a pack queues no webhook", none).isZero();

            // later creates go past the pack's ids on every sequence
            Response created = v2.post("/v2/customers", "{\"firstName\":\"Later\"}");
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            assertThat(Long.parseLong(created.header("Resource-ID"))).isGreaterThan(501);
            Response team = fixture.admin.post("/_frontdesk/accounts", "{}");
            assertThat(team.json().get("id").asLong()).isGreaterThan(100);
            assertThat(team.json().at("/owner/id").asLong()).isGreaterThan(150);
            Response next = v2.post("/v2/conversations", "{\"subject\":\"Next\",\"type\":\"email\",\"status\":"
                    + "\"active\",\"mailboxId\":200,\"customer\":{\"id\":500},\"threads\":[{\"type\":\"customer\","
                    + "\"text\":\"Again\"}]}");
            assertThat(next.status()).as("%s", next).isEqualTo(201);
            assertThat(Long.parseLong(next.header("Resource-ID"))).isGreaterThan(600);
            assertThat(v2.get(next.header("Location").replaceFirst("^https?://[^/]+", "")).json().get("number")
                    .asLong()).as("numbers go on from the pack's").isEqualTo(43);

            Response deliveries = fixture.admin.get("/_frontdesk/accounts/100/webhooks/deliveries?event=convo.created");
            assertThat(deliveries.json().size()).as("%s: changes after the load are delivered", deliveries)
                    .isEqualTo(1);
            Response hook = v2.post("/v2/webhooks", "{\"url\":\"http://127.0.0.1:9/other\",\"events\":"
                    + "[\"convo.created\"],\"secret\":\"other-secret\"}");
            assertThat(hook.status()).as("%s", hook).isEqualTo(201);
            assertThat(Long.parseLong(hook.header("Resource-ID"))).isGreaterThan(700);
        }
    }

    @Test
    void a_json_pack_loads_the_same_and_ids_left_out_are_made() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Response loaded = load(fixture.admin, resource("acme.json"), "application/json");
            assertThat(loaded.status()).as("%s", loaded).isEqualTo(201);
            AdminFixture.Account acme = new AdminFixture.Account(fixture.server.baseUrl(),
                    loaded.json().get("accounts").get(0));
            assertThat(acme.v2().get("/v2/customers/501").json().get("firstName").asText()).isEqualTo("Dan");

            Response bare = load(fixture.admin, "{\"accounts\":[{\"customers\":[{\"firstName\":\"Eve\","
                    + "\"emails\":[\"eve@example.net\"]}]}]}", "application/json");
            assertThat(bare.status()).as("%s", bare).isEqualTo(201);
            AdminFixture.Account made = new AdminFixture.Account(fixture.server.baseUrl(),
                    bare.json().get("accounts").get(0));
            assertThat(made.id()).isGreaterThan(100);
            assertThat(made.clientSecret()).hasSizeGreaterThanOrEqualTo(16);
            JsonNode customers = made.v2().get("/v2/customers").json();
            assertThat(customers.at("/_embedded/customers/0/firstName").asText()).isEqualTo("Eve");
            assertThat(customers.at("/_embedded/customers/0/id").asLong()).isGreaterThan(501);
        }
    }

    @Test
    void a_bad_pack_is_a_400_naming_the_path_and_writes_nothing() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            String pack = resource("acme.json").replace("\"carla@example.com\"", "\"not an email\"");
            Response refused = load(fixture.admin, pack, "application/json");
            assertThat(refused.status()).as("%s", refused).isEqualTo(400);
            assertThat(refused.json().at("/error/code").asText()).isEqualTo("validation");
            assertThat(refused.json().at("/error/fields").findValuesAsText("field"))
                    .containsExactly("accounts[0].customers[0].emails[0].value");
            assertThat(fixture.admin.get("/_frontdesk/accounts/100/export").status()).isEqualTo(404);

            Response shape = load(fixture.admin, "accounts:\n  - id: x\n    users: 3\n    colour: red\n",
                    "text/yaml");
            assertThat(shape.status()).as("%s", shape).isEqualTo(400);
            assertThat(shape.json().at("/error/fields").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("accounts[0].id", "accounts[0].users", "accounts[0].colour");

            Response dangling = load(fixture.admin, "{\"accounts\":[{\"conversations\":[{\"customerId\":9,"
                    + "\"subject\":\"S\"}]}]}", "application/json");
            assertThat(dangling.json().at("/error/fields/0/field").asText())
                    .isEqualTo("accounts[0].conversations[0].customerId");

            Response hook = load(fixture.admin, "{\"accounts\":[{\"id\":900,\"webhooks\":[{\"dialect\":"
                    + "\"helpscout-v2\",\"url\":\"http://127.0.0.1:9/h\",\"events\":[\"no.such.event\"],"
                    + "\"secret\":\"s3cret\"}]}]}", "application/json");
            assertThat(hook.status()).as("%s", hook).isEqualTo(400);
            assertThat(hook.json().at("/error/fields/0/field").asText()).startsWith("accounts[0].webhooks[0].events");
            assertThat(fixture.admin.get("/_frontdesk/accounts/900/export").status())
                    .as("the webhook service's refusal rolls the whole load back").isEqualTo(404);

            assertThat(load(fixture.admin, "{\"accounts\":[", "application/json").json().at("/error/code").asText())
                    .isEqualTo("malformed_body");
            assertThat(load(fixture.admin, "{}", "text/plain").status()).isEqualTo(415);
            assertThat(new Client(fixture.server.baseUrl(), Map.of()).send("POST", "/_frontdesk/fixtures", "{}",
                    "application/json").status()).isEqualTo(401);
            assertThat(fixture.admin.get("/_frontdesk/accounts/100/export").status()).isEqualTo(404);
        }
    }

    @Test
    void an_id_already_taken_is_a_409_and_nothing_of_the_second_pack_is_written() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            assertThat(load(fixture.admin, resource("acme.json"), "application/json").status()).isEqualTo(201);
            String other = "{\"accounts\":[{\"id\":700,\"customers\":[{\"id\":800,\"firstName\":\"New\"},"
                    + "{\"id\":500,\"firstName\":\"Clash\"}]}]}";
            Response clash = load(fixture.admin, other, "application/json");
            assertThat(clash.status()).as("%s", clash).isEqualTo(409);
            assertThat(clash.json().at("/error/code").asText()).isEqualTo("conflict");
            assertThat(clash.json().at("/error/fields/0/field").asText()).isEqualTo("accounts[0].customers[1].id");
            assertThat(fixture.admin.get("/_frontdesk/accounts/700/export").status()).isEqualTo(404);

            String sameKey = "{\"accounts\":[{\"credentials\":{\"helpscoutV1\":{\"apiKey\":\"acme-api-key-v1-000001\"}}}]}";
            assertThat(load(fixture.admin, sameKey, "application/json").status()).isEqualTo(409);
        }
    }

    @Test
    void an_export_loads_back_into_an_empty_sandbox_and_exports_the_same() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Client admin = fixture.admin;
            assertThat(load(admin, resource("acme.yaml"), "application/yaml").status()).isEqualTo(201);
            Response first = admin.get("/_frontdesk/accounts/100/export");
            assertThat(first.status()).as("%s", first).isEqualTo(200);
            assertThat(first.header("Content-Type")).startsWith("application/json");
            assertThat(first.json().at("/accounts/0/conversations/0/threads/1/attachments/0/data").asText())
                    .isEqualTo(Base64.getEncoder().encodeToString("Step away.".getBytes(StandardCharsets.UTF_8)));

            Response yaml = admin.withHeader("Accept", "application/yaml").get("/_frontdesk/accounts/100/export");
            assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
            assertThat(yaml.body()).contains("subject: The printer is on fire");

            assertThat(admin.post("/_frontdesk/reset", "").status()).isEqualTo(200);
            Response reloaded = load(admin, yaml.body(), "application/yaml");
            assertThat(reloaded.status()).as("%s", reloaded).isEqualTo(201);
            Response second = admin.get("/_frontdesk/accounts/100/export");
            assertThat(second.body()).isEqualTo(first.body());
            Golden.assertMatches(second.body(), "admin/fixture-export.json", fixture.server.baseUrl());
        }
    }

    @Test
    void an_account_made_through_the_apis_exports_to_a_pack_that_loads_back_the_same() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            Client admin = fixture.admin;
            AdminFixture.Account made = fixture.newAccount();
            Client v2 = made.v2();
            assertThat(v2.post("/v2/customers", "{\"firstName\":\"Api\",\"emails\":[{\"type\":\"home\","
                    + "\"value\":\"api@example.com\"}]}").status()).isEqualTo(201);
            Response conversation = v2.post("/v2/conversations", "{\"subject\":\"Made by the API\",\"type\":"
                    + "\"email\",\"status\":\"pending\",\"mailboxId\":" + made.mailboxId() + ",\"customer\":"
                    + "{\"email\":\"api@example.com\"},\"tags\":[\"from-api\"],\"threads\":[{\"type\":"
                    + "\"customer\",\"text\":\"Question\"},{\"type\":\"note\",\"text\":\"Internal\"}]}");
            assertThat(conversation.status()).as("%s", conversation).isEqualTo(201);

            Response first = admin.get("/_frontdesk/accounts/" + made.id() + "/export");
            assertThat(first.status()).as("%s", first).isEqualTo(200);
            assertThat(first.json().at("/accounts/0/conversations/0/subject").asText()).isEqualTo("Made by the API");
            assertThat(admin.delete("/_frontdesk/accounts/" + made.id()).status()).isEqualTo(204);

            Response loaded = load(admin, first.body(), "application/json");
            assertThat(loaded.status()).as("%s", loaded).isEqualTo(201);
            assertThat(admin.get("/_frontdesk/accounts/" + made.id() + "/export").body()).isEqualTo(first.body());
        }
    }
}
