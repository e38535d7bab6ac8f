package io.frontdesk.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.ratelimit.AuthFailures;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing credentials is braked: an address that failed to authenticate too often this minute (any dialect), or an
 * OAuth client id whose token requests failed too often, gets the dialect's 429 with Retry-After, before its
 * credentials are looked at. The server trusts 127.0.0.1 as a proxy, so each test speaks from addresses of its own
 * through `X-Forwarded-For`.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FailedAuthLimitTest {

    private static final int PER_ADDRESS = 5;
    private static final int PER_CLIENT = 3;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Parameter
    Backend backend;

    /** Stands still unless a test moves it, so no test's failures straddle the turn of a minute. */
    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T10:00:15Z"));
    private TestServer server;
    private Tenant tenant;
    /** The WARN line of each key that reaches its limit, kept out of the build log and asserted on. */
    private final Logger logger = (Logger) LoggerFactory.getLogger(AuthFailures.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        log.start();
        logger.addAppender(log);
        logger.setAdditive(false);
        server = TestServer.start(backend, Map.of(ConfigKey.TRUSTED_PROXIES, "127.0.0.1",
                ConfigKey.AUTH_FAILURES_PER_ADDRESS, Integer.toString(PER_ADDRESS),
                ConfigKey.AUTH_FAILURES_PER_CLIENT, Integer.toString(PER_CLIENT)), routes -> { }, clock);
        tenant = server.newTenant();
    }

    @AfterEach
    void stop() {
        server.close();
        logger.setAdditive(true);
        logger.detachAppender(log);
    }

    @Test
    void help_scout_2_refuses_an_address_with_too_many_wrong_tokens_with_its_429() {
        String address = nextAddress();
        Client good = from(tenant.v2(), address);
        Client wrong = from(tenant.anonymous(), address).withHeader("Authorization", "Bearer not-a-token");
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(wrong.get("/v2/users/me").status()).isEqualTo(401);
        }

        Response refused = wrong.get("/v2/users/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(refused.header("Retry-After")).isEqualTo("45");
        assertThat(refused.header("X-RateLimit-Retry-After")).isEqualTo("45");
        assertThat(good.get("/v2/users/me").status()).as("a right token from the refused address").isEqualTo(429);
        assertThat(from(tenant.v2(), nextAddress()).get("/v2/users/me").status()).as("another address")
                .isEqualTo(200);

        clock.advance(Duration.ofSeconds(45));
        assertThat(good.get("/v2/users/me").status()).as("the next minute").isEqualTo(200);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("authentication: address:"
                + address + " failed " + PER_ADDRESS + " times this minute; refused until the minute ends");
    }

    @Test
    void help_scout_1_and_helpcrunch_count_against_the_same_address() {
        String address = nextAddress();
        Client v1 = from(tenant.anonymous(), address).withHeader("Authorization", basic("wrong-key"));
        Client hc = new Client(server.baseUrl() + "/helpcrunch/v1", Map.of("Authorization", "Bearer wrong-key",
                "X-Forwarded-For", address));
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat((i % 2 == 0 ? v1.get("/v1/users/me.json") : hc.get("/customers")).status()).isEqualTo(401);
        }

        Response v1Refused = v1.get("/v1/users/me.json");
        assertThat(v1Refused.status()).isEqualTo(429);
        assertThat(v1Refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(v1Refused.header("Retry-After"))).isBetween(1L, 60L);

        Response hcRefused = hc.get("/customers");
        assertThat(hcRefused.status()).isEqualTo(429);
        assertThat(hcRefused.json().at("/errors/1/code").asText()).isEqualTo("too_many_requests");
        assertThat(Long.parseLong(hcRefused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void a_client_id_with_too_many_wrong_secrets_is_refused_from_every_address() {
        String clientId = tenant.oauthApp().credential().clientId();
        for (int i = 0; i < PER_CLIENT; i++) {
            assertThat(token(nextAddress(), clientId, "wrong-secret").status()).isEqualTo(401);
        }

        Response refused = token(nextAddress(), clientId, tenant.oauthApp().secret());
        assertThat(refused.status()).as("even the right secret, from a fresh address").isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(server.newTenant().v2().get("/v2/users/me").status()).as("another client").isEqualTo(200);
    }

    @Test
    void the_token_endpoint_counts_against_the_address_too() {
        String address = nextAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(token(address, "no-such-client-" + i, "wrong-secret").status()).isEqualTo(401);
        }

        assertThat(token(address, tenant.oauthApp().credential().clientId(), tenant.oauthApp().secret()).status())
                .isEqualTo(429);
    }

    @Test
    void successes_and_requests_without_credentials_do_not_count() {
        String address = nextAddress();
        Client good = from(tenant.v1(), address);
        Client none = from(tenant.anonymous(), address);
        Client wrong = none.withHeader("Authorization", basic("wrong-key"));
        for (int i = 0; i < 3 * PER_ADDRESS; i++) {
            assertThat(good.get("/v1/users/me.json").status()).isEqualTo(200);
            assertThat(none.get("/v1/users/me.json").status()).isEqualTo(401);
        }
        for (int i = 0; i < PER_ADDRESS - 1; i++) {
            assertThat(wrong.get("/v1/users/me.json").status()).isEqualTo(401);
        }

        assertThat(good.get("/v1/users/me.json").status()).isEqualTo(200);
    }

    /** Without trusted proxies `X-Forwarded-For` is the client's own say: a new one each time escapes nothing. */
    @Test
    void an_untrusted_client_cannot_pick_the_address_it_is_counted_under() {
        try (TestServer plain = TestServer.start(backend, Map.of(
                ConfigKey.AUTH_FAILURES_PER_ADDRESS, Integer.toString(PER_ADDRESS)), routes -> { }, clock)) {
            Client wrong = new Client(plain.baseUrl(), Map.of("Authorization", basic("wrong-key")));
            for (int i = 0; i < PER_ADDRESS; i++) {
                assertThat(wrong.withHeader("X-Forwarded-For", nextAddress()).get("/v1/users/me.json").status())
                        .isEqualTo(401);
            }

            assertThat(wrong.withHeader("X-Forwarded-For", nextAddress()).get("/v1/users/me.json").status())
                    .isEqualTo(429);
        }
    }

    /** The limits are on unless configured off: the 31st failure of a minute from one address is refused. */
    @Test
    void the_default_limit_applies_without_configuration() {
        try (TestServer defaults = TestServer.start(backend, Map.of(
                ConfigKey.AUTH_FAILURES_PER_ADDRESS, ConfigKey.AUTH_FAILURES_PER_ADDRESS.defaultValue(),
                ConfigKey.AUTH_FAILURES_PER_CLIENT, ConfigKey.AUTH_FAILURES_PER_CLIENT.defaultValue()),
                routes -> { }, clock)) {
            Client wrong = new Client(defaults.baseUrl() + "/helpcrunch/v1", Map.of("Authorization", "Bearer x"));
            int limit = Integer.parseInt(ConfigKey.AUTH_FAILURES_PER_ADDRESS.defaultValue());
            for (int i = 0; i < limit; i++) {
                assertThat(wrong.get("/agents").status()).isEqualTo(401);
            }

            assertThat(wrong.get("/agents").status()).isEqualTo(429);
        }
    }

    private Response token(String address, String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return from(tenant.anonymous(), address).send("POST", "/v2/oauth2/token", form,
                "application/x-www-form-urlencoded");
    }

    private static Client from(Client client, String address) {
        return client.withHeader("X-Forwarded-For", address);
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":X").getBytes(StandardCharsets.UTF_8));
    }
}
