package io.frontdesk.helpscout.v2;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v2.V2OrganizationTest.organization;
import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** Organization property definitions (`/v2/organizations/properties`) and values. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2OrganizationPropertyTest {

    static final String TIER = "{\"type\":\"dropdown\",\"slug\":\"tier\",\"name\":\"Tier\","
            + "\"options\":[{\"label\":\"Gold\"},{\"label\":\"Silver\"}]}";
    static final String REVENUE = "{\"type\":\"number\",\"slug\":\"revenue\",\"name\":\"Revenue\"}";

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    private void define(String json) {
        Response response = client.post("/v2/organizations/properties", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void definitions_are_created_listed_and_read_by_slug() {
        Response created = client.post("/v2/organizations/properties", REVENUE);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(client.base() + "/v2/organizations/properties/revenue");
        define(TIER);
        Golden.assertMatches(client.get("/v2/organizations/properties"), "helpscout-v2/organizations/properties.json",
                client.base());
        Response one = client.get("/v2/organizations/properties/tier");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().at("/options/1/label").asText()).isEqualTo("Silver");
        assertNotFound(client.get("/v2/organizations/properties/nope"));
    }

    @Test
    void values_are_strings_checked_against_their_type_and_shown_with_includeProperties() {
        define(REVENUE);
        define(TIER);
        long id = organization(client, "{\"name\":\"Acme\"}");
        assertThat(client.put("/v2/organizations/" + id + "/properties/revenue", "{\"value\":\"5000000\"}")
                .status()).isEqualTo(204);
        assertThat(client.put("/v2/organizations/" + id + "/properties/tier", "{\"value\":\"Gold\"}").status())
                .isEqualTo(204);
        assertError(client.put("/v2/organizations/" + id + "/properties/revenue", "{\"value\":\"lots\"}"), 400,
                "value", null);
        assertError(client.put("/v2/organizations/" + id + "/properties/tier", "{\"value\":\"Bronze\"}"), 400,
                "value", null);
        assertError(client.put("/v2/organizations/" + id + "/properties/tier", "{}"), 400, "value", null);
        assertNotFound(client.put("/v2/organizations/" + id + "/properties/nope", "{\"value\":\"x\"}"));
        V2OrganizationTest.golden(client.get("/v2/organizations/" + id + "?includeProperties=true&includeCounts=false"),
                "organization_properties.json", client, id, 0);

        assertThat(client.delete("/v2/organizations/" + id + "/properties/revenue").status()).isEqualTo(204);
        assertThat(client.get("/v2/organizations/" + id + "?includeProperties=true").json().at("/properties").size())
                .isEqualTo(1);
    }

    @Test
    void removing_an_option_clears_the_values_that_named_it_and_deleting_a_definition_clears_all() {
        define(TIER);
        long id = organization(client, "{\"name\":\"Acme\"}");
        client.put("/v2/organizations/" + id + "/properties/tier", "{\"value\":\"Gold\"}");
        assertThat(client.put("/v2/organizations/properties/tier",
                "{\"name\":\"Level\",\"options\":[{\"label\":\"Silver\"}]}").status()).isEqualTo(204);
        assertThat(client.get("/v2/organizations/properties/tier").json().get("name").asText()).isEqualTo("Level");
        assertThat(client.get("/v2/organizations/" + id + "?includeProperties=true").json().at("/properties").size())
                .isZero();
        client.put("/v2/organizations/" + id + "/properties/tier", "{\"value\":\"Silver\"}");
        assertThat(client.delete("/v2/organizations/properties/tier").status()).isEqualTo(204);
        assertNotFound(client.get("/v2/organizations/properties/tier"));
        assertThat(client.get("/v2/organizations/" + id + "?includeProperties=true").json().at("/properties").size())
                .isZero();
    }

    @Test
    void definitions_are_validated_with_paths_and_limited_to_fifty() {
        Response bad = client.post("/v2/organizations/properties",
                "{\"type\":\"dropdown\",\"slug\":\"a b\",\"name\":\"\",\"options\":[{\"label\":\"\"}]}");
        assertError(bad, 400, "slug", null);
        assertError(bad, 400, "name", null);
        assertError(bad, 400, "options[0].label", null);
        assertError(client.post("/v2/organizations/properties", "{\"type\":\"color\",\"slug\":\"c\",\"name\":\"C\"}"),
                400, "type", null);
        for (int i = 0; i < 50; i++) {
            define("{\"type\":\"text\",\"slug\":\"p" + i + "\",\"name\":\"P\"}");
        }
        assertError(client.post("/v2/organizations/properties", "{\"type\":\"text\",\"slug\":\"p50\",\"name\":\"P\"}"),
                400, "slug", null);
        assertThat(client.post("/v2/organizations/properties", "{\"type\":\"text\",\"slug\":\"p1\",\"name\":\"P\"}")
                .status()).isEqualTo(409);
    }
}
