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

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body that does not parse is a 400 in the dialect's format whose words are ours: Help Scout 1.0 shows the message,
 * and it used to be Jackson's (`Trailing token (of type START_OBJECT) found after value (bound as
 * com.fasterxml.jackson.databind.JsonNode)`), naming classes and features. No dialect's body may carry any of it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JsonParseErrorsTest {

    /** Each with the message Help Scout 1.0 shows for it after "Error parsing request body into JSON: ". */
    private static final Map<String, String> BROKEN = new LinkedHashMap<>();

    static {
        BROKEN.put("{\"firstName\":\"Vernon\"} {\"lastName\":\"Bear\"}",
                "unexpected content after the JSON value at line 1, column 24");
        BROKEN.put("{\"firstName\":\"Vernon\"}x", "unexpected character at line 1, column 23");
        BROKEN.put("{\"firstName\":\"Vernon\"}]", "unexpected character at line 1, column 23");
        BROKEN.put("{\"firstName\":\"Vern", "the body ends before the JSON value is complete at line 1, column 19");
        BROKEN.put("{\"firstName\":", "the body ends before the JSON value is complete at line 1, column 14");
        BROKEN.put("{\"firstName\":\"Vernon\",\"firstName\":\"Bear\"}", "duplicate field 'firstName' at line 1,"
                + " column 34");
        BROKEN.put("{\"firstName\":tru}", "unexpected character at line 1, column 14");
        BROKEN.put("[".repeat(70) + "]".repeat(70), "nested more than 64 levels deep");
        BROKEN.put("{\"age\":" + "9".repeat(200) + "}", "a number longer than 100 characters");
    }

    @Parameter
    Backend backend;

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
    }

    @Test
    void help_scout_1_says_what_is_wrong_in_its_own_words() {
        BROKEN.forEach((body, problem) -> {
            Response response = tenant.v1().post("/v1/customers.json", body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("message").asText()).as(body)
                    .isEqualTo("Error parsing request body into JSON: " + problem);
            assertNoInternals(response);
        });
    }

    @Test
    void no_dialect_shows_jackson_text_or_class_names() {
        long id = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\"}").locationId();
        for (String body : BROKEN.keySet()) {
            assertRefused(tenant.v2(), "POST", "/v2/customers", body);
            assertRefused(tenant.v2(), "PUT", "/v2/customers/" + id, body);
            assertRefused(tenant.v2(), "PATCH", "/v2/customers/" + id, body);
            assertRefused(tenant.v1(), "POST", "/v1/customers.json", body);
            assertRefused(tenant.v1(), "PUT", "/v1/customers/" + id + ".json", body);
            assertRefused(tenant.hc(), "POST", "/customers", body);
            assertRefused(tenant.hc(), "POST", "/customers/search", body);
            assertRefused(tenant.anonymous(), "POST", "/v2/oauth2/token", body);
        }
    }

    /** Parses, but not into what the route takes: the complaint names the field, never a Java type. */
    @Test
    void a_value_of_the_wrong_type_names_no_java_type() {
        long id = tenant.v2().post("/v2/customers", "{\"firstName\":\"Vernon\"}").locationId();
        for (String body : new String[] {"[1,2]", "\"text\"", "42", "{\"firstName\":[1]}",
                "{\"emails\":\"a@b.test\"}", "{\"emails\":[{\"value\":{}}]}", "{\"firstName\":{\"a\":1}}"}) {
            assertNoInternals(send(tenant.v2(), "POST", "/v2/customers", body));
            assertNoInternals(send(tenant.v2(), "PATCH", "/v2/customers/" + id, body));
            assertNoInternals(send(tenant.v1(), "POST", "/v1/customers.json", body));
            assertNoInternals(send(tenant.hc(), "POST", "/customers", body));
            assertNoInternals(send(tenant.hc(), "PUT", "/customers/" + id, body));
        }
    }

    private static void assertRefused(Client client, String method, String path, String body) {
        Response response = send(client, method, path, body);
        assertThat(response.status()).as("%s %s %s", method, path, body).isEqualTo(400);
        assertNoInternals(response);
    }

    private static Response send(Client client, String method, String path, String body) {
        return client.send(method, path, body, "application/json");
    }

    private static void assertNoInternals(Response response) {
        assertThat(response.status()).as(response.toString()).isLessThan(500);
        assertThat(response.body().toLowerCase()).as(response.toString())
                .doesNotContain("com.fasterxml", "jackson", "exception", "java.", "streamreadconstraints",
                        "fail_on", "bound as", "jsonnode", "start_object");
    }
}
