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

/** Paths that belong to no vendor dialect answer in the neutral `{"status":…,"message":…}` shape. */
@ParameterizedClass
@EnumSource(Backend.class)
class PlainErrorsTest {

    @Parameter
    Backend backend;

    private Client anonymous;

    @BeforeEach
    void client() {
        anonymous = backend.tenant().anonymous();
    }

    @Test
    void path_outside_every_dialect_is_a_plain_404() {
        assertError(anonymous.get("/nope"), 404, "plain/errors/not_found.json");
    }

    @Test
    void path_that_only_looks_like_a_dialect_prefix_is_a_plain_404() {
        assertError(anonymous.get("/v2nope"), 404, "plain/errors/not_found.json");
        assertError(anonymous.get("/helpcrunch/v1nope"), 404, "plain/errors/not_found.json");
    }

    @Test
    void wrong_method_on_a_health_route_is_a_plain_405() {
        assertError(anonymous.send("POST", "/health/live", "{}", "application/json"), 405,
                "plain/errors/method_not_allowed.json");
    }

    @Test
    void unexpected_exception_is_a_plain_500_whose_incident_id_is_in_the_server_log() {
        Response response = Incidents.crash(() -> anonymous.get("/test/crash"));

        assertError(response, 500, "plain/errors/internal_error.json");
        String incident = Incidents.assertOnlyIncidentId(response);
        assertThat(response.json().get("message").asText()).isEqualTo("Internal server error, incident " + incident);
    }

    private static void assertError(Response response, int status, String golden) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, golden, "");
    }
}
