package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.createVernon;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** Create, get, overwrite and delete of `/v2/customers`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerCrudTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    @Test
    void create_answers_201_with_an_empty_body_a_resource_id_and_an_absolute_location() {
        Response response = client.post("/v2/customers", "{\"firstName\":\"Ada\"}");
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        long id = Long.parseLong(response.header("Resource-ID"));
        assertThat(response.header("Location")).isEqualTo(client.base() + "/v2/customers/" + id);
        assertThat(response.locationId()).isEqualTo(id);
    }

    @Test
    void a_created_customer_reads_back_as_the_documented_object() {
        long id = createVernon(client);
        Response response = client.get("/v2/customers/" + id);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.HAL);
        golden(response, "customer.json", client, id);
    }

    @Test
    void a_customer_without_values_leaves_them_out_and_has_no_address() {
        long id = create(client, "{\"firstName\":\"Ada\"}");
        golden(client.get("/v2/customers/" + id), "customer_minimal.json", client, id);
    }

    @Test
    void json_with_a_charset_is_accepted() {
        Response response = client.send("POST", "/v2/customers", "{\"firstName\":\"Ada\"}",
                "application/json;charset=UTF-8");
        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void other_media_types_and_broken_json_are_refused_in_vnd_error() {
        Response wrongType = client.send("POST", "/v2/customers", "firstName=Ada", "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).isEqualTo(V2Support.VND);
        Response broken = client.post("/v2/customers", "{\"firstName\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asText()).isEqualTo("Error parsing request body into JSON");
        Response array = client.post("/v2/customers", "[]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.header("Content-Type")).isEqualTo(V2Support.VND);
    }

    @Test
    void unknown_read_only_and_null_fields_are_ignored() {
        long id = create(client, """
                {"id": 999999, "createdAt": "2012-07-23T12:34:12Z", "updatedAt": "x", "draft": true,
                 "_links": {"self": {"href": "x"}}, "something": {"nested": [1, 2]},
                 "firstName": "Ada", "lastName": null, "jobTitle": null, "emails": null, "address": null}""");
        assertThat(id).isNotEqualTo(999999);
        JsonNode customer = customer(client, id);
        assertThat(customer.get("firstName").asText()).isEqualTo("Ada");
        assertThat(customer.has("lastName")).isFalse();
        assertThat(customer.get("draft").asBoolean()).isFalse();
        assertThat(customer.get("createdAt").asText()).isNotEqualTo("2012-07-23T12:34:12Z");
    }

    @Test
    void a_top_level_email_and_phone_add_entries_unless_the_arrays_already_carry_them() {
        long alone = create(client, "{\"email\":\"ada@example.com\",\"phone\":\"555-1234\"}");
        JsonNode single = customer(client, alone).get("_embedded");
        assertThat(single.at("/emails/0/value").asText()).isEqualTo("ada@example.com");
        assertThat(single.at("/emails/0/type").asText()).isEqualTo("work");
        assertThat(single.at("/phones/0/value").asText()).isEqualTo("555-1234");

        // The PHP SDK repeats the first email and phone at the top level.
        long sdk = create(client, """
                {"email": "BOB@example.com", "phone": "555-9999",
                 "emails": [{"type": "home", "value": "bob@example.com"}],
                 "phones": [{"type": "mobile", "value": "555-9999"}]}""");
        JsonNode both = customer(client, sdk).get("_embedded");
        assertThat(both.get("emails")).hasSize(1);
        assertThat(both.at("/emails/0/type").asText()).isEqualTo("home");
        assertThat(both.get("phones")).hasSize(1);

        long extra = create(client, """
                {"email": "carl@example.com", "emails": [{"type": "home", "value": "carl@home.example"}]}""");
        assertThat(customer(client, extra).at("/_embedded/emails")).hasSize(2);

        assertError(client.post("/v2/customers", "{\"email\":\"nope\"}"), 400, "email", "Email");
    }

    @Test
    void an_email_already_used_in_the_account_is_a_409() {
        createVernon(client);
        Response response = client.post("/v2/customers", "{\"emails\":[{\"value\":\"BEAR@acme.com\"}]}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.VND);
        golden(response, "conflict.json", client);
        Response twice = client.post("/v2/customers",
                "{\"emails\":[{\"value\":\"twin@example.com\"},{\"value\":\"Twin@example.com\"}]}");
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void an_unknown_customer_is_a_404_in_vnd_error() {
        Response response = client.get("/v2/customers/999999999");
        assertNotFound(response);
        golden(response, "not_found.json", client);
        assertNotFound(client.get("/v2/customers/abc"));
        assertNotFound(client.get("/v2/customers/-1"));
        assertNotFound(client.put("/v2/customers/999999999", "{\"firstName\":\"X\"}"));
        assertNotFound(client.delete("/v2/customers/999999999"));
        assertNotFound(client.delete("/v2/customers/999999999?async=true"));
    }

    @Test
    void put_overwrites_the_core_fields_clears_the_absent_ones_and_keeps_entries() {
        long id = createVernon(client);
        Response response = client.put("/v2/customers/" + id, """
                {"firstName": "Karl", "gender": "FEMALE", "emails": [], "address": null, "id": 1}""");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        JsonNode customer = customer(client, id);
        assertThat(customer.get("firstName").asText()).isEqualTo("Karl");
        assertThat(customer.get("gender").asText()).isEqualTo("female");
        for (String cleared : new String[] {"lastName", "jobTitle", "location", "organization", "photoType",
                "photoUrl", "age", "background"}) {
            assertThat(customer.has(cleared)).as(cleared).isFalse();
        }
        assertThat(customer.at("/_embedded/emails/0/value").asText()).isEqualTo("bear@acme.com");
        assertThat(customer.at("/_embedded/address/city").asText()).isEqualTo("Dallas");
        assertThat(customer.at("/_embedded/properties/0/value").asText()).isEqualTo("Tesla");
    }

    @Test
    void put_checks_the_same_limits_and_changes_nothing_when_refused() {
        long id = create(client, "{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}");
        assertError(client.put("/v2/customers/" + id, "{\"firstName\":\"" + "x".repeat(41) + "\"}"), 400,
                "firstName", "Size");
        assertError(client.put("/v2/customers/" + id, "{\"photoType\":\"myspace\"}"), 400, "photoType", "EnumValue");
        assertThat(customer(client, id).get("lastName").asText()).isEqualTo("Lovelace");
    }

    @Test
    void updated_at_moves_on_a_change_and_created_at_stays() {
        long id = create(client, "{\"firstName\":\"Ada\"}");
        JsonNode before = customer(client, id);
        client.put("/v2/customers/" + id, "{\"firstName\":\"Ada\",\"lastName\":\"L\"}");
        JsonNode after = customer(client, id);
        assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat(Instant.parse(after.get("updatedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(before.get("updatedAt").asText()));
    }

    @Test
    void delete_removes_the_customer_with_entries_address_values_and_conversations() {
        long id = createVernon(client);
        V2Support.insertConversation(tenant, tenant.mailbox().id(), id);
        Response response = client.delete("/v2/customers/" + id);
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertNotFound(client.get("/v2/customers/" + id));
        assertNotFound(client.delete("/v2/customers/" + id));
        assertThat(V2Support.conversationCount(tenant, id)).isZero();
        // The email is free again.
        create(client, "{\"emails\":[{\"value\":\"bear@acme.com\"}]}");
    }

    @Test
    void async_delete_answers_202_and_the_customer_is_gone_soon_after() throws InterruptedException {
        long id = create(client, "{\"firstName\":\"Ada\",\"emails\":[{\"value\":\"ada@example.com\"}]}");
        V2Support.insertConversation(tenant, tenant.mailbox().id(), id);
        Response response = client.delete("/v2/customers/" + id + "?async=true");
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        // Gone from reads at once; its conversations go when the background job runs.
        assertNotFound(client.get("/v2/customers/" + id));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (V2Support.conversationCount(tenant, id) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(V2Support.conversationCount(tenant, id)).isZero();
    }

    @Test
    void without_a_token_the_customer_api_is_closed() {
        Response response = client.withoutAuth().get("/v2/customers");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.VND);
    }
}
