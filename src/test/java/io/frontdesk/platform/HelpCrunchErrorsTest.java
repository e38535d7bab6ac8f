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

/** Every failure under the HelpCrunch prefix is `{"errors":[invalid_request, specific]}`. */
@ParameterizedClass
@EnumSource(Backend.class)
class HelpCrunchErrorsTest {

    @Parameter
    Backend backend;

    private Client hc;

    @BeforeEach
    void tenant() {
        hc = backend.tenant().hc();
    }

    @Test
    void unknown_route_is_404_not_found() {
        assertError(hc.get("/no-such-resource"), 404, "helpcrunch/errors/not_found.json");
    }

    @Test
    void wrong_method_is_405_method_not_allowed() {
        assertError(hc.send("DELETE", "/agents", null, null), 405, "helpcrunch/errors/method_not_allowed.json");
    }

    @Test
    void malformed_json_body_is_400_invalid_json() {
        assertError(hc.post("/test/echo", "{\"email\": "), 400, "helpcrunch/errors/malformed_json.json");
    }

    @Test
    void json_without_a_content_type_is_accepted_as_some_integrations_send_it() {
        Response response = hc.send("POST", "/test/echo", "{\"email\":\"a@b.c\"}", null);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("email").asText()).isEqualTo("a@b.c");
    }

    @Test
    void body_of_another_media_type_is_415_unsupported_media_type() {
        Response response = hc.send("POST", "/test/echo", "email=a@b.c", "application/x-www-form-urlencoded");

        assertError(response, 415, "helpcrunch/errors/unsupported_media_type.json");
        assertThat(response.json().at("/errors/1/message").asText()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void body_larger_than_the_cap_is_413_payload_too_large() {
        assertError(hc.declaring("POST", "/test/echo", Bodies.jsonLargerThanTheCap(), "application/json"), 413,
                "helpcrunch/errors/payload_too_large.json");
    }

    @Test
    void unexpected_exception_is_500_internal_error_naming_only_the_incident() {
        Response response = Incidents.crash(() -> hc.get("/test/crash"));

        assertError(response, 500, "helpcrunch/errors/internal_error.json");
        String incident = Incidents.assertOnlyIncidentId(response);
        assertThat(response.json().at("/errors/1/message").asText())
                .isEqualTo("Internal server error, incident " + incident);
    }

    private static void assertError(Response response, int status, String golden) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, golden, "");
    }
}
