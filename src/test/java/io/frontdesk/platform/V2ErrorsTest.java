package io.frontdesk.platform;

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

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure under /v2 is vnd.error, served as exactly `application/vnd.error+json`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ErrorsTest {

    @Parameter
    Backend backend;

    private Client v2;

    @BeforeEach
    void tenant() {
        Tenant tenant = backend.tenant();
        v2 = tenant.v2();
    }

    @Test
    void unknown_route_is_404_in_vnd_error() {
        assertError(v2.get("/v2/no-such-resource"), 404, "helpscout-v2/errors/not_found.json");
    }

    @Test
    void wrong_method_is_405_in_vnd_error() {
        // `DELETE /v2/users/{id}` exists (and "me" is not an id, so a 404); `/v2/tags` is read-only
        assertError(v2.send("DELETE", "/v2/tags", null, null), 405, "helpscout-v2/errors/method_not_allowed.json");
    }

    @Test
    void malformed_json_body_is_400_in_vnd_error_with_the_invalid_json_link() {
        assertError(v2.post("/v2/test/echo", "{\"name\": "), 400, "helpscout-v2/errors/malformed_json.json");
    }

    @Test
    void trailing_garbage_after_the_json_is_400_malformed() {
        assertError(v2.post("/v2/test/echo", "{\"a\":1} {\"b\":2}"), 400, "helpscout-v2/errors/malformed_json.json");
    }

    @Test
    void duplicate_keys_in_the_json_are_400_malformed() {
        assertError(v2.post("/v2/test/echo", "{\"a\":1,\"a\":2}"), 400, "helpscout-v2/errors/malformed_json.json");
    }

    @Test
    void json_with_a_charset_parameter_is_accepted() {
        Response response = v2.send("POST", "/v2/test/echo", "{\"a\":[1,\"b\"]}", "application/json;charset=UTF-8");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().at("/a/1").asText()).isEqualTo("b");
    }

    @Test
    void body_of_another_media_type_is_415_in_vnd_error() {
        Response response = v2.send("POST", "/v2/test/echo", "name=x", "text/plain");

        assertError(response, 415, "helpscout-v2/errors/unsupported_media_type.json");
        assertThat(response.json().get("message").asText()).contains("text/plain");
    }

    @Test
    void body_larger_than_the_cap_is_413_in_vnd_error() {
        assertError(v2.declaring("POST", "/v2/test/echo", Bodies.jsonLargerThanTheCap(), "application/json"), 413,
                "helpscout-v2/errors/payload_too_large.json");
    }

    @Test
    void unexpected_exception_is_500_in_vnd_error_whose_log_ref_is_the_incident_id() {
        Response response = Incidents.crash(() -> v2.get("/v2/test/crash"));

        assertError(response, 500, "helpscout-v2/errors/internal_error.json");
        assertThat(Incidents.assertOnlyIncidentId(response)).isEqualTo(response.json().get("logRef").asText());
    }

    @Test
    void unexpected_exception_in_a_write_is_500_in_vnd_error_too() {
        // Writes run on the blocking pool and reach the error renderer through a completed future.
        Response response = Incidents.crash(() -> v2.post("/v2/test/crash", "{}"));

        assertError(response, 500, "helpscout-v2/errors/internal_error.json");
        assertThat(Incidents.assertOnlyIncidentId(response)).isEqualTo(response.json().get("logRef").asText());
    }

    private static void assertError(Response response, int status, String golden) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.error+json");
        Golden.assertMatches(response, golden, "");
    }
}
