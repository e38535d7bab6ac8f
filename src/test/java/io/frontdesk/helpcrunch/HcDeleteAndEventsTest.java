package io.frontdesk.helpcrunch;

import io.frontdesk.event.CustomerEvent;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpcrunch.HcTests.assertErrors;
import static io.frontdesk.helpcrunch.HcTests.assertGolden;
import static io.frontdesk.helpcrunch.HcTests.assertInvalid;
import static io.frontdesk.helpcrunch.HcTests.create;
import static org.assertj.core.api.Assertions.assertThat;

/** `DELETE /customers/{id}` and `POST /events`. */
@ParameterizedClass
@EnumSource(Backend.class)
class HcDeleteAndEventsTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client hc;
    private long id;

    @BeforeEach
    void customer() {
        tenant = backend.tenant();
        hc = tenant.hc();
        id = create(hc, "{\"name\":\"John Doe\",\"userId\":\"u1\"}");
    }

    @Test
    void delete_answers_the_json_string_ok_and_the_customer_is_gone() {
        Response response = hc.delete("/customers/" + id);

        assertGolden(response, 200, "customers/deleted.json");
        assertThat(response.body()).isEqualTo("\"Ok\"");
        assertThat(hc.get("/customers/" + id).status()).isEqualTo(404);
        assertThat(hc.post("/customers", "{\"userId\":\"u1\"}").status()).isEqualTo(201);
    }

    @Test
    void deleting_an_unknown_customer_is_404() {
        hc.delete("/customers/" + id);

        assertGolden(hc.delete("/customers/" + id), 404, "errors/customer_not_found.json");
        assertGolden(backend.tenant().hc().delete("/customers/" + create(hc, "{}")), 404,
                "errors/customer_not_found.json");
    }

    @Test
    void an_event_is_stored_and_answered_with_its_id_and_unix_creation_time() {
        long before = System.currentTimeMillis() / 1000;

        Response response = hc.post("/events", "{\"name\":\"Button Click\",\"data\":{\"button\":\"Start Free Trial\","
                + "\"clicks\":2,\"nested\":{\"ok\":true}},\"customer\":" + id + "}");

        assertGolden(response, 200, "events/created.json");
        assertThat(response.json().get("createdAt").asLong()).isBetween(before, before + 60);
        CustomerEvent stored = tenant.server().app().events().list(tenant.accountId(), id).get(0);
        assertThat(stored.id()).isEqualTo(response.json().get("id").asLong());
        assertThat(stored.name()).isEqualTo("Button Click");
    }

    @Test
    void the_customer_may_be_a_numeric_string_and_data_may_be_left_out() {
        Response response = hc.post("/events", "{\"name\":\"Signed up\",\"customer\":\"" + id + "\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("data").toString()).isEqualTo("{}");
    }

    @Test
    void event_data_is_kept_exactly() {
        String data = "{\"k\":\"a\\\"b\",\"list\":[1,2.5,null,false],\"deep\":{\"x\":{\"y\":\"z\"}}}";

        Response response = hc.post("/events", "{\"name\":\"Click\",\"data\":" + data + ",\"customer\":" + id + "}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("data").toString()).isEqualTo(data);
    }

    /** NUL is refused in every body of every dialect (PostgreSQL cannot store it); event data is no exception. */
    @Test
    void a_nul_character_in_event_data_is_refused_at_its_path() {
        Response response = hc.post("/events", "{\"name\":\"Click\",\"data\":{\"k\":\"a\\u0000b\"},\"customer\":"
                + id + "}");

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().at("/errors/1/code").asText()).isEqualTo("data.k");
    }

    @Test
    void a_customer_that_is_not_a_number_is_the_documented_error() {
        assertGolden(hc.post("/events", "{\"name\":\"Click\",\"customer\":\"john\"}"), 400,
                "errors/event_customer_not_numeric.json");
    }

    @Test
    void name_and_customer_are_required_and_data_must_be_an_object() {
        assertErrors(hc.post("/events", "{\"data\":[1,2]}"), 400,
                "name", "This value should not be blank.",
                "data", "This value should be of type object.",
                "customer", "This value should not be blank.");
        assertInvalid(hc.post("/events", "{\"name\":\"" + "n".repeat(256) + "\",\"customer\":" + id + "}"), "name",
                "This value is too long. It should have 255 characters or less.");
    }

    @Test
    void an_event_for_an_unknown_customer_is_404() {
        assertGolden(hc.post("/events", "{\"name\":\"Click\",\"customer\":999999999}"), 404,
                "errors/customer_not_found.json");
        assertGolden(backend.tenant().hc().post("/events", "{\"name\":\"Click\",\"customer\":" + id + "}"), 404,
                "errors/customer_not_found.json");
    }

    @Test
    void deleting_the_customer_deletes_its_events() {
        hc.post("/events", "{\"name\":\"Click\",\"customer\":" + id + "}");

        hc.delete("/customers/" + id);

        assertThat(tenant.server().app().events().list(tenant.accountId(), id)).isEmpty();
    }
}
