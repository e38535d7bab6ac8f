package io.frontdesk.platform;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure under /v1 is Help Scout 1.0's `{"status":…,"message":…}`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ErrorsTest {

    @Parameter
    Backend backend;

    private Client v1;

    @BeforeEach
    void tenant() {
        v1 = backend.tenant().v1();
    }

    @Test
    void unknown_route_is_404_with_status_and_message() {
        assertError(v1.get("/v1/no-such-resource.json"), 404, "helpscout-v1/errors/not_found.json");
    }

    @Test
    void wrong_method_is_405_with_status_and_message() {
        assertError(v1.send("DELETE", "/v1/users/me.json", null, null), 405,
                "helpscout-v1/errors/method_not_allowed.json");
    }

    @Test
    void malformed_json_body_is_400_with_status_and_message() {
        Response response = v1.post("/v1/test/echo.json", "{\"firstName\": ");

        assertError(response, 400, "helpscout-v1/errors/malformed_json.json");
        assertThat(response.json().get("message").asText()).startsWith("Error parsing request body into JSON");
    }

    @Test
    void body_of_another_media_type_is_415_with_status_and_message() {
        Response response = v1.send("POST", "/v1/test/echo.json", "<customer/>", "application/xml");

        assertError(response, 415, "helpscout-v1/errors/unsupported_media_type.json");
        assertThat(response.json().get("message").asText()).contains("application/xml");
    }

    @Test
    void body_larger_than_the_cap_is_413_with_status_and_message() {
        assertError(v1.declaring("POST", "/v1/test/echo.json", Bodies.jsonLargerThanTheCap(), "application/json"), 413,
                "helpscout-v1/errors/payload_too_large.json");
    }

    @Test
    void unexpected_exception_is_500_whose_message_names_only_the_incident() {
        Response response = Incidents.crash(() -> v1.get("/v1/test/crash.json"));

        assertError(response, 500, "helpscout-v1/errors/internal_error.json");
        String incident = Incidents.assertOnlyIncidentId(response);
        assertThat(response.json().get("message").asText()).isEqualTo("Internal server error, incident " + incident);
    }

    private static void assertError(Response response, int status, String golden) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        V1Errors.assertContentType(response);
        Golden.assertMatches(response, golden, "");
    }
}
