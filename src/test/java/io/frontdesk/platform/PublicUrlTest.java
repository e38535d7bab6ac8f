package io.frontdesk.platform;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help Scout clients follow hrefs verbatim, so links must name this server as clients reach it. Forwarded headers,
 * believed only from trusted proxies, are ForwardedHeadersTest's.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PublicUrlTest {

    @Parameter
    Backend backend;

    @Test
    void links_use_the_configured_public_url() {
        try (TestServer server = TestServer.start(backend,
                Map.of(ConfigKey.PUBLIC_URL, "https://desk.example.com/"), routes -> { })) {
            Tenant tenant = server.newTenant();

            Response me = tenant.v2().get("/v2/users/me");

            assertThat(me.json().at("/_links/self/href").asText())
                    .isEqualTo("https://desk.example.com/v2/users/" + tenant.owner().id());
        }
    }

    @Test
    void public_url_of_one_server_does_not_leak_into_another_server_in_the_same_process() {
        Tenant shared = backend.tenant();
        try (TestServer server = TestServer.start(backend,
                Map.of(ConfigKey.PUBLIC_URL, "https://other.example.com"), routes -> { })) {

            Response me = shared.v2().get("/v2/users/me");

            assertThat(me.json().at("/_links/self/href").asText())
                    .isEqualTo(shared.server().baseUrl() + "/v2/users/" + shared.owner().id());
        }
    }
}
