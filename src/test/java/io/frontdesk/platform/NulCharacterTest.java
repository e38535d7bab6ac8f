package io.frontdesk.platform;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NUL character cannot be stored by PostgreSQL; every dialect refuses it up front as the client's mistake, in its
 * own format, on both databases alike.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class NulCharacterTest {

    @Parameter
    Backend backend;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
    }

    @Test
    void a_nul_in_a_json_string_is_a_400_naming_the_field_in_every_dialect() {
        String body = "{\"firstName\":\"Ver\\u0000non\",\"emails\":[{\"value\":\"a@b.co\"}]}";
        Response v2 = tenant.v2().post("/v2/customers", body);
        assertThat(v2.status()).isEqualTo(400);
        assertThat(v2.json().at("/_embedded/errors/0/path").asText()).isEqualTo("firstName");
        Response v1 = tenant.v1().post("/v1/customers.json", body.replace("firstName", "lastName"));
        assertThat(v1.status()).isEqualTo(400);
        assertThat(v1.json().at("/validationErrors/0/property").asText()).isEqualTo("lastName");
        Response hc = tenant.hc().post("/customers", "{\"name\":\"a\\u0000b\"}");
        assertThat(hc.status()).isEqualTo(400);
        assertThat(hc.json().at("/errors/0/code").asText()).isEqualTo("invalid_request");
        assertThat(hc.json().at("/errors/1/code").asText()).isEqualTo("name");
    }

    @Test
    void a_nul_in_a_nested_key_or_array_is_reported_at_its_path() {
        Response response = tenant.v2().post("/v2/test/echo", "{\"a\":[{\"b\":\"x\\u0000\"}]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/_embedded/errors/0/path").asText()).isEqualTo("a[0].b");
    }

    @Test
    void a_nul_in_a_query_parameter_is_a_400_and_nothing_is_searched() {
        Response v2 = tenant.v2().get("/v2/customers?firstName=a%00b");
        assertThat(v2.status()).isEqualTo(400);
        assertThat(v2.json().at("/_embedded/errors/0/path").asText()).isEqualTo("firstName");
        assertThat(v2.json().at("/_embedded/errors/0/source").asText()).isEqualTo("QUERY");
        Response v1 = tenant.v1().get("/v1/customers.json?email=a%00b");
        assertThat(v1.status()).isEqualTo(400);
        Response hc = tenant.hc().get("/customers?sort=a%00");
        assertThat(hc.status()).isEqualTo(400);
    }

    @Test
    void nothing_was_created_by_a_refused_request() {
        tenant.v2().post("/v2/customers", "{\"firstName\":\"Ver\\u0000non\"}");
        Client client = tenant.v2();
        assertThat(client.get("/v2/customers").json().at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void an_undecodable_uri_is_a_json_400_not_an_html_page() {
        Response response = tenant.v2().get("/v2/customers/%00");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }
}
