package io.frontdesk.ratelimit;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Helpers of the HTTP rate-limit tests: limits per tenant, repeated requests, and staying inside one window. */
final class Limits {

    private static final int ATTEMPTS = 5;

    private Limits() {
    }

    static RateLimitChange enforce() {
        return RateLimitChange.none().withMode(RateLimitMode.ENFORCE);
    }

    static RateLimitChange mode(RateLimitMode mode) {
        return RateLimitChange.none().withMode(mode);
    }

    /** Sets the tenant's rate limits through the service, as `accounts set` does; the server uses them at once. */
    static Tenant set(Tenant tenant, RateLimitChange change) {
        tenant.server().app().rateLimits().change(tenant.accountId(), change);
        return tenant;
    }

    static List<Response> repeat(int times, Supplier<Response> request) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            responses.add(request.get());
        }
        return responses;
    }

    /**
     * Runs {@code scenario} until one run started and ended within one window of each given kind. Windows are fixed
     * and aligned to the clock, so a run that crosses a boundary (the minute turns while six requests are sent) would
     * see its count start over; such a run is discarded and the scenario, which makes its own tenant and therefore
     * starts from zero, runs again. Nothing is timed: the outcome of a kept run never depends on how fast it was.
     */
    static <T> T inOneWindow(Supplier<T> scenario, RateWindow... windows) {
        for (int attempt = 1; ; attempt++) {
            long start = System.currentTimeMillis();
            T result = scenario.get();
            long end = System.currentTimeMillis();
            boolean oneWindow = true;
            for (RateWindow window : windows) {
                oneWindow &= window.windowStart(start) == window.windowStart(end);
            }
            if (oneWindow || attempt == ATTEMPTS) {
                return result;
            }
        }
    }

    /** A Help Scout 2.0 client of the tenant on any server of its database, with a token that server issued. */
    static Client v2On(TestServer server, Tenant tenant) {
        Response token = tokenRequest(server, tenant);
        if (token.status() != 200) {
            throw new IllegalStateException("token request failed: " + token);
        }
        return new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + token.json().get("access_token")
                .asText()));
    }

    /** A client-credentials grant of the tenant's OAuth app at the server's token endpoint. */
    static Response tokenRequest(TestServer server, Tenant tenant) {
        String form = "grant_type=client_credentials&client_id=" + enc(tenant.oauthApp().credential().clientId())
                + "&client_secret=" + enc(tenant.oauthApp().secret());
        return new Client(server.baseUrl(), Map.of()).send("POST", "/v2/oauth2/token", form,
                "application/x-www-form-urlencoded");
    }

    /** A Help Scout 1.0 client of the tenant on any server of its database. */
    static Client v1On(TestServer server, Tenant tenant) {
        String basic = Base64.getEncoder().encodeToString((tenant.apiKey().secret() + ":X")
                .getBytes(StandardCharsets.UTF_8));
        return new Client(server.baseUrl(), Map.of("Authorization", "Basic " + basic));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
