package io.frontdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.BodyLimit;
import io.frontdesk.web.Json;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fuzzer's state on one backend: the shared test server, the current tenant and its seeded data, and the snapshot
 * of the tenant's rows after the last accepted request. Each case is checked against the three rules of the suite:
 * never a 5xx; an error is well-formed in the route's dialect; a rejected request changes no stored row.
 */
final class FuzzSession {

    /** Cases per tenant: a fresh tenant keeps the data small, so snapshots stay cheap and seeds stay usable. */
    private static final int CASES_PER_TENANT = 150;
    private static final Map<Backend, FuzzSession> SESSIONS = new ConcurrentHashMap<>();

    private final TestServer server;
    private final int port;
    private final Map<String, BodyLimit> limits;
    private final Map<String, int[]> statuses = new TreeMap<>();
    private Seed seed;
    private TenantSnapshot snapshot;
    private int cases;
    private long nanos;

    private FuzzSession(TestServer server) {
        this.server = server;
        this.port = URI.create(server.baseUrl()).getPort();
        this.limits = RegisteredRoutes.writes(server.app());
    }

    static FuzzSession of(Backend backend) {
        return SESSIONS.computeIfAbsent(backend, b -> new FuzzSession(b.server()));
    }

    void run(Recipe recipe) {
        long start = System.nanoTime();
        try {
            check(recipe);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private void check(Recipe recipe) {
        if (seed == null || cases % CASES_PER_TENANT == 0) {
            seed = new Seed(server.newTenant());
            snapshot = snapshot();
        }
        cases++;
        WriteRoute route = recipe.route();
        RawHttp.Request request = recipe.build(seed, limits.getOrDefault(route.key(), BodyLimit.DEFAULT).bytes());
        RawHttp.Response response = RawHttp.send(port, request);
        statuses.computeIfAbsent(route.key(), key -> new int[6])[response.status() / 100]++;
        if (response.status() >= 500) {
            throw failure("a 5xx", recipe, request, response);
        }
        if (response.status() >= 400) {
            List<String> problems = beyondJetty(recipe, response) ? List.of() : route.wire().problems(response);
            if (!problems.isEmpty()) {
                throw failure("an error not in the " + route.wire() + " format " + problems, recipe, request,
                        response);
            }
            List<String> changes = snapshot().differences(snapshot);
            if (!changes.isEmpty()) {
                throw failure("a rejected request that changed stored data " + changes, recipe, request, response);
            }
        } else {
            accepted(route, response);
        }
    }

    /** After an accepted request: re-seed what a delete removed and take a new snapshot. */
    private void accepted(WriteRoute route, RawHttp.Response response) {
        if (response.status() == 202) {
            // an accepted async delete removes rows later, from a background job: this tenant's snapshot would
            // change under a later case, so the next case starts on a fresh tenant
            seed = null;
            return;
        }
        if (route.method().equals("DELETE") || route.key().contains("batch")) {
            seed.refresh();
        }
        snapshot = snapshot();
    }

    /**
     * A request line or header block over 8 kB is a 414 or 431, in the dialect's format while Jetty could read the
     * path (up to 64 kB) and in the plain `{status, message}` format beyond; either is the right answer.
     */
    private static boolean beyondJetty(Recipe recipe, RawHttp.Response response) {
        boolean huge = recipe.query() == QueryVariant.HUGE || recipe.headers() == HeaderVariant.HUGE_HEADER;
        if (!huge || response.status() != 414 && response.status() != 431) {
            return false;
        }
        try {
            JsonNode body = Json.MAPPER.readTree(response.body());
            return body.path("status").asInt() == response.status() && body.path("message").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    private TenantSnapshot snapshot() {
        return TenantSnapshot.take(server.app().database().dataSource(), seed.tenant.accountId());
    }

    static List<String> summaries() {
        return SESSIONS.values().stream().map(FuzzSession::summary).toList();
    }

    /** Status classes per route so far (2xx, 4xx, …), to see that valid bodies get through and coverage is real. */
    String summary() {
        StringBuilder text = new StringBuilder(server.backend() + ": " + cases + " cases in " + nanos / 1_000_000
                + " ms\n");
        statuses.forEach((route, counts) -> text.append(String.format("  %-70s 2xx %4d  4xx %4d  5xx %4d%n", route,
                counts[2], counts[4], counts[5])));
        return text.toString();
    }

    private static AssertionError failure(String what, Recipe recipe, RawHttp.Request request,
                                          RawHttp.Response response) {
        String body = response.text();
        return new AssertionError(what + "\n" + recipe + "\nrequest: " + Recipe.describe(request) + "\nresponse: "
                + response.status() + " " + response.headers() + "\n  " + (body.length() > 2_000
                ? body.substring(0, 2_000) + "…" : body));
    }
}
