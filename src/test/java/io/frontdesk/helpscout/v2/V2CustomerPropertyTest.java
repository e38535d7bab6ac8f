package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** `/v2/customer-properties` and `PATCH`/`PUT /v2/customers/{id}/properties`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerPropertyTest {

    @Parameter
    Backend backend;

    Client client;

    @BeforeEach
    void setUp() {
        client = backend.tenant().v2();
    }

    private long define(String json) {
        Response response = client.post("/v2/customer-properties", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return Long.parseLong(response.header("Resource-ID"));
    }

    private void defineAll() {
        define("{\"type\":\"text\",\"slug\":\"car\",\"name\":\"Car\"}");
        define("{\"type\":\"number\",\"slug\":\"revenue\",\"name\":\"Revenue\"}");
        define("{\"type\":\"date\",\"slug\":\"since\",\"name\":\"Since\"}");
        define("{\"type\":\"url\",\"slug\":\"site\",\"name\":\"Site\"}");
        define("{\"type\":\"dropdown\",\"slug\":\"plan\",\"name\":\"Plan\",\"options\":[{\"label\":\"Free\"},"
                + "{\"label\":\"Gold\"}]}");
    }

    @Test
    void definitions_are_created_and_listed() {
        golden(client.get("/v2/customer-properties"), "customer-properties_empty.json", client);
        Response created = client.post("/v2/customer-properties",
                "{\"type\":\"text\",\"slug\":\"car\",\"name\":\"Car\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long carId = Long.parseLong(created.header("Resource-ID"));
        Response one = client.get(V2Support.relative(client, created.header("Location")));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asLong()).isEqualTo(carId);
        golden(one, "customer-property.json", client);
        define("{\"type\":\"dropdown\",\"slug\":\"plan\",\"name\":\"Plan\","
                + "\"options\":[{\"label\":\"Free\"},\"Gold\"]}");
        Response list = client.get("/v2/customer-properties");
        assertThat(list.header("Content-Type")).isEqualTo(V2Support.HAL);
        golden(list, "customer-properties.json", client);
        assertNotFound(client.get("/v2/customer-properties/999999999"));
    }

    @Test
    void definitions_are_checked() {
        define("{\"type\":\"text\",\"slug\":\"car\",\"name\":\"Car\"}");
        Response duplicate = client.post("/v2/customer-properties",
                "{\"type\":\"text\",\"slug\":\"car\",\"name\":\"C\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).isEqualTo(V2Support.VND);
        assertError(client.post("/v2/customer-properties", "{\"type\":\"color\",\"slug\":\"x\",\"name\":\"X\"}"), 400,
                "type", "EnumValue");
        assertError(client.post("/v2/customer-properties", "{\"slug\":\"x\",\"name\":\"X\"}"), 400, "type",
                "EnumValue");
        assertError(client.post("/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"Bad Slug\",\"name\":\"X\"}"),
                400, "slug", "InvalidValue");
        assertError(client.post("/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"x\"}"), 400, "name", "Size");
        assertError(client.post("/v2/customer-properties", "{\"type\":\"dropdown\",\"slug\":\"x\",\"name\":\"X\"}"),
                400, "options", "NotEmpty");
        assertError(client.post("/v2/customer-properties",
                "{\"type\":\"dropdown\",\"slug\":\"x\",\"name\":\"X\",\"options\":[{\"label\":\" \"}]}"), 400,
                "options[0].label", "NotEmpty");
    }

    @Test
    void option_ids_given_by_the_client_are_kept_and_a_value_patched_by_id_finds_them() {
        define("{\"type\":\"dropdown\",\"slug\":\"tier\",\"name\":\"Tier\",\"options\":["
                + "{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"label\":\"Gold\"},{\"label\":\"Free\"}]}");
        JsonNode options = client.get("/v2/customer-properties").json().at("/_embedded/customer-properties/0/options");
        assertThat(options.at("/0/id").asText()).isEqualTo("3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertThat(options.at("/1/id").asText()).as("no id given: a new one").matches("[0-9a-f-]{36}");
        long id = create(client, "{\"firstName\":\"Ada\"}");

        Response patched = client.patch("/v2/customers/" + id + "/properties",
                "[{\"op\":\"replace\",\"path\":\"/tier\",\"value\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}]");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(204);
        assertThat(customer(client, id).at("/_embedded/properties/0/text").asText()).isEqualTo("Gold");
        assertError(client.post("/v2/customer-properties", "{\"type\":\"dropdown\",\"slug\":\"twice\","
                + "\"name\":\"X\",\"options\":[{\"id\":\"a\",\"label\":\"A\"},{\"id\":\"a\",\"label\":\"B\"}]}"),
                400, "options[1].id", "InvalidValue");
    }

    @Test
    void reserved_slugs_and_a_fifty_first_definition_are_refused() {
        for (String slug : new String[] {"email", "name", "company", "jobtitle"}) {
            assertError(client.post("/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"" + slug
                    + "\",\"name\":\"X\"}"), 400, "slug", "InvalidValue");
        }
        for (int i = 0; i < 50; i++) {
            define("{\"type\":\"text\",\"slug\":\"p" + i + "\",\"name\":\"P" + i + "\"}");
        }
        assertError(client.post("/v2/customer-properties", "{\"type\":\"text\",\"slug\":\"p50\",\"name\":\"X\"}"),
                400, "slug", "InvalidValue");
        assertThat(client.get("/v2/customer-properties").json().at("/_embedded/customer-properties")).hasSize(50);
    }

    @Test
    void values_are_set_by_type_and_removed() {
        defineAll();
        long id = create(client, "{\"firstName\":\"Ada\"}");
        Response response = client.patch("/v2/customers/" + id + "/properties", """
                [{"op": "replace", "path": "/car", "value": "Tesla"},
                 {"op": "replace", "path": "/revenue", "value": 1200},
                 {"op": "replace", "path": "/since", "value": "2024-02-29"},
                 {"op": "replace", "path": "/site", "value": "google.com"},
                 {"op": "replace", "path": "/plan", "value": "Gold"}]""");
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        JsonNode properties = customer(client, id).at("/_embedded/properties");
        assertThat(properties).hasSize(5);
        JsonNode plan = properties.get(4);
        assertThat(plan.get("type").asText()).isEqualTo("dropdown");
        assertThat(plan.get("text").asText()).isEqualTo("Gold");
        assertThat(plan.get("value").asText()).matches("[0-9a-f-]{36}");
        assertThat(plan.at("/source/name").asText()).isEqualTo("api");
        assertThat(properties.get(1).get("value").asText()).isEqualTo("1200");

        assertThat(client.patch("/v2/customers/" + id + "/properties", """
                [{"op": "remove", "path": "/car"}, {"op": "replace", "path": "/revenue", "value": null}]""")
                .status()).isEqualTo(204);
        assertThat(customer(client, id).at("/_embedded/properties")).hasSize(3);
    }

    @Test
    void put_with_the_same_body_is_accepted_for_the_node_sdk() {
        defineAll();
        long id = create(client, "{\"firstName\":\"Ada\"}");
        Response response = client.put("/v2/customers/" + id + "/properties",
                "[{\"op\":\"replace\",\"path\":\"/car\",\"value\":\"Volvo\"}]");
        assertThat(response.status()).isEqualTo(204);
        assertThat(customer(client, id).at("/_embedded/properties/0/value").asText()).isEqualTo("Volvo");
    }

    @Test
    void bad_values_are_refused_and_nothing_changes() {
        defineAll();
        long id = create(client, "{\"firstName\":\"Ada\"}");
        String path = "/v2/customers/" + id + "/properties";
        assertError(client.patch(path, """
                [{"op": "replace", "path": "/car", "value": "Tesla"},
                 {"op": "replace", "path": "/revenue", "value": "lots"}]"""), 400, "revenue", "InvalidValue");
        assertThat(customer(client, id).at("/_embedded/properties")).isEmpty();
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/revenue\",\"value\":1.5}]"), 400, "revenue",
                "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/since\",\"value\":\"29/02/2024\"}]"), 400,
                "since", "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/site\",\"value\":\"not a url\"}]"), 400,
                "site", "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/plan\",\"value\":\"Platinum\"}]"), 400,
                "plan", "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/car\",\"value\":\"" + "x".repeat(256)
                + "\"}]"), 400, "car", "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/car\",\"value\":{\"a\":1}}]"), 400, "car",
                "InvalidType");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/nope\",\"value\":\"x\"}]"), 400, "nope",
                "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"replace\",\"path\":\"/car/x\",\"value\":\"x\"}]"), 400, "[0].path",
                "InvalidValue");
        assertError(client.patch(path, "[{\"op\":\"test\",\"path\":\"/car\",\"value\":\"x\"}]"), 400, "[0].op",
                "EnumValue");
        Response bare = client.patch(path, "{\"op\":\"replace\",\"path\":\"/car\",\"value\":\"x\"}");
        assertThat(bare.status()).isEqualTo(400);
        golden(bare, "bad_patch.json", client);
        assertThat(customer(client, id).at("/_embedded/properties")).isEmpty();
        assertNotFound(client.patch("/v2/customers/999999999/properties", "[]"));
    }

    @Test
    void values_may_be_given_on_create() {
        defineAll();
        long id = create(client, "{\"properties\":[{\"slug\":\"car\",\"value\":\"Tesla\"},"
                + "{\"slug\":\"revenue\",\"value\":\"42\"}]}");
        JsonNode properties = customer(client, id).at("/_embedded/properties");
        assertThat(properties).hasSize(2);
        assertThat(properties.get(0).get("name").asText()).isEqualTo("Car");
        assertError(client.post("/v2/customers", "{\"properties\":[{\"slug\":\"revenue\",\"value\":\"x\"}]}"), 400,
                "revenue", "InvalidValue");
    }
}
