package io.frontdesk.platform;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Load balancers probe these without credentials. */
@ParameterizedClass
@EnumSource(Backend.class)
class HealthTest {

    @Parameter
    Backend backend;

    @Test
    void liveness_is_up_without_credentials() {
        Response response = anonymous(backend.server()).get("/health/live");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, "plain/health/live.json", "");
    }

    @Test
    void readiness_is_up_with_the_database_up() {
        Response response = anonymous(backend.server()).get("/health/ready");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(response, "plain/health/ready.json", "");
    }

    @Test
    void readiness_is_503_down_once_the_database_is_gone_while_liveness_stays_up() {
        try (TestServer server = TestServer.start(backend, Map.of(), routes -> { })) {
            // The job worker would poll the closed pool and log a warning every half second (with a stack trace
            // from the pool on PostgreSQL) into the build log; this test is about the probes.
            server.app().jobWorker().close();
            server.app().database().close();

            Response ready = anonymous(server).get("/health/ready");
            Response live = anonymous(server).get("/health/live");

            assertThat(ready.status()).isEqualTo(503);
            Golden.assertMatches(ready, "plain/health/not_ready.json", "");
            assertThat(live.status()).isEqualTo(200);
        }
    }

    private static Client anonymous(TestServer server) {
        return new Client(server.baseUrl(), Map.of());
    }
}
