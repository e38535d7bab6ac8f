package io.frontdesk.platform;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
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
 * `X-Forwarded-Host` and friends name the host of every link and `Location` header, so they are believed only from
 * the reverse proxies named in `trusted-proxies` (none by default): from anyone else they would let a client point
 * the answers at any host (`Location: https://attacker.example/…`).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ForwardedHeadersTest {

    private static final String CUSTOMER = "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\"}";

    @Parameter
    Backend backend;

    @Test
    void forwarded_headers_from_an_untrusted_peer_change_no_link() {
        Tenant tenant = backend.tenant();
        String own = tenant.server().baseUrl();

        for (Client client : new Client[] {
                spoofing(tenant.v2()),
                tenant.v2().withHeader("Forwarded", "proto=https;host=attacker.example")}) {
            Response me = client.get("/v2/users/me");
            assertThat(me.json().at("/_links/self/href").asText()).isEqualTo(own + "/v2/users/" + tenant.owner().id());

            Response created = client.post("/v2/customers", CUSTOMER);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).startsWith(own + "/v2/customers/");

            Response page = client.get("/v2/customers");
            assertThat(page.body()).doesNotContain("attacker.example");
        }
    }

    @Test
    void a_trusted_proxy_names_the_scheme_and_host_clients_use() {
        try (TestServer server = TestServer.start(backend, Map.of(ConfigKey.TRUSTED_PROXIES, "10.0.0.0/8,127.0.0.1"),
                routes -> { })) {
            Tenant tenant = server.newTenant();
            String self = "/v2/users/" + tenant.owner().id();

            Response legacy = tenant.v2().withHeader("X-Forwarded-Proto", "https")
                    .withHeader("X-Forwarded-Host", "desk.example.org").get("/v2/users/me");
            assertThat(legacy.json().at("/_links/self/href").asText()).isEqualTo("https://desk.example.org" + self);

            Response standard = tenant.v2().withHeader("Forwarded", "for=192.0.2.60;proto=https;host=desk.example.org")
                    .get("/v2/users/me");
            assertThat(standard.json().at("/_links/self/href").asText()).isEqualTo("https://desk.example.org" + self);

            Response port = tenant.v2().withHeader("X-Forwarded-Proto", "https")
                    .withHeader("X-Forwarded-Host", "desk.example.org").withHeader("X-Forwarded-Port", "8443")
                    .post("/v2/customers", CUSTOMER);
            assertThat(port.header("Location")).startsWith("https://desk.example.org:8443/v2/customers/");
        }
    }

    @Test
    void a_trusted_proxy_cannot_name_a_scheme_or_host_that_is_no_url() {
        try (TestServer server = TestServer.start(backend, Map.of(ConfigKey.TRUSTED_PROXIES, "127.0.0.1"),
                routes -> { })) {
            Tenant tenant = server.newTenant();

            Response response = tenant.v2().withHeader("X-Forwarded-Proto", "javascript")
                    .withHeader("X-Forwarded-Host", "a b/c").get("/v2/users/me");

            assertThat(response.json().at("/_links/self/href").asText())
                    .isEqualTo(server.baseUrl() + "/v2/users/" + tenant.owner().id());
        }
    }

    @Test
    void only_the_configured_proxies_are_trusted() {
        try (TestServer server = TestServer.start(backend, Map.of(ConfigKey.TRUSTED_PROXIES, "10.0.0.0/8"),
                routes -> { })) {
            Tenant tenant = server.newTenant();

            Response created = spoofing(tenant.v2()).post("/v2/customers", CUSTOMER);

            assertThat(created.header("Location")).startsWith(server.baseUrl() + "/v2/customers/");
        }
    }

    private static Client spoofing(Client client) {
        return client.withHeader("X-Forwarded-Proto", "https").withHeader("X-Forwarded-Host", "attacker.example")
                .withHeader("X-Forwarded-Port", "443");
    }
}
