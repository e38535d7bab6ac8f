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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `X-HTTP-Method-Override` is no part of either vendor's API: a GET that carries it is a GET. Javalin honoured it, so
 * `GET /v2/customers/6` with `X-HTTP-Method-Override: DELETE` deleted the customer.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class MethodOverrideTest {

    private static final List<String> WRITES = List.of("DELETE", "PUT", "PATCH", "POST");

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void a_help_scout_2_get_with_an_override_header_is_a_get() {
        long id = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\"}").locationId();
        String before = tenant.v2().get("/v2/customers/" + id).json().toString();

        for (String method : WRITES) {
            Response response = overriding(tenant.v2(), method).get("/v2/customers/" + id);
            assertThat(response.status()).as(method).isEqualTo(200);
            assertThat(response.json().get("firstName").asText()).as(method).isEqualTo("Vernon");
        }

        Response after = tenant.v2().get("/v2/customers/" + id);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().toString()).isEqualTo(before);
    }

    @Test
    void a_help_scout_1_get_with_an_override_header_is_a_get() {
        // one core: the customer Help Scout 2.0 created is the one 1.0 reads
        long id = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\"}").locationId();
        String before = tenant.v1().get("/v1/customers/" + id + ".json").body();

        for (String method : WRITES) {
            Response response = overriding(tenant.v1(), method).get("/v1/customers/" + id + ".json");
            assertThat(response.status()).as(method).isEqualTo(200);
        }

        assertThat(tenant.v1().get("/v1/customers/" + id + ".json").body()).isEqualTo(before);
    }

    @Test
    void a_helpcrunch_get_with_an_override_header_is_a_get() {
        Response created = tenant.hc().post("/customers", "{\"name\":\"Vernon Bear\",\"userId\":\"vb-1\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String before = tenant.hc().get("/customers/" + id).body();

        for (String method : WRITES) {
            Response response = overriding(tenant.hc(), method).get("/customers/" + id);
            assertThat(response.status()).as(method).isEqualTo(200);
            assertThat(response.json().get("name").asText()).as(method).isEqualTo("Vernon Bear");
        }

        assertThat(tenant.hc().get("/customers/" + id).body()).isEqualTo(before);
    }

    @Test
    void a_delete_is_not_turned_into_anything_else_either() {
        long id = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\"}").locationId();

        Response response = overriding(tenant.v2(), "GET").send("DELETE", "/v2/customers/" + id, null, null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(tenant.v2().get("/v2/customers/" + id).status()).isEqualTo(404);
    }

    private static Client overriding(Client client, String method) {
        return client.withHeader("X-HTTP-Method-Override", method);
    }
}
