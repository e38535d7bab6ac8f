package io.frontdesk.ratelimit;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server nodes (two Applications) on one PostgreSQL database share each account's limit: requests split across
 * them are limited as one. SQLite is one node only, so this runs on PostgreSQL alone.
 */
class TwoNodeRateLimitTest {

    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        first = TestServer.start(Backend.POSTGRESQL, Map.of(), routes -> { });
        second = TestServer.start(Backend.POSTGRESQL, Map.of(ConfigKey.DATABASE_URL, first.databaseUrl()),
                routes -> { });
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void requests_split_across_two_nodes_are_limited_as_one() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V2, 5));
            List<Client> nodes = List.of(Limits.v2On(first, tenant), Limits.v2On(second, tenant));
            List<Response> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(nodes.get(i % 2).get("/v2/users/me"));
            }
            return sent;
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(200, 200, 200, 200, 200, 429);
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Remaining-Minute"))
                .as("each node reports the shared remainder").containsExactly("4", "3", "2", "1", "0", "0");
    }

    @Test
    void the_helpscout_v1_burst_window_is_shared_too() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1_BURST, 2));
            Client onFirst = Limits.v1On(first, tenant);
            Client onSecond = Limits.v1On(second, tenant);
            return List.of(onFirst.post("/v1/customers.json", customer(1)),
                    onSecond.post("/v1/customers.json", customer(2)),
                    onFirst.post("/v1/customers.json", customer(3)),
                    onSecond.get("/v1/users/me.json"));
        }, RateWindow.HELPSCOUT_V1_BURST);

        assertThat(responses).extracting(Response::status).containsExactly(201, 201, 429, 200);
    }

    @Test
    void with_a_larger_limit_the_overshoot_stays_within_the_other_nodes_local_share() {
        int limit = 40;
        int allowed = Limits.inOneWindow(() -> {
            Tenant tenant = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V2, limit));
            List<Client> nodes = List.of(Limits.v2On(first, tenant), Limits.v2On(second, tenant));
            int ok = 0;
            for (int i = 0; i < 60; i++) {
                ok += nodes.get(i % 2).get("/v2/users/me").status() == 200 ? 1 : 0;
            }
            return ok;
        }, RateWindow.HELPSCOUT_V2);

        // Nothing is refused that the shared total had room for; at most a tenth of the limit is admitted beyond it.
        assertThat(allowed).isBetween(limit, limit + limit / 10);
    }

    private static String customer(int n) {
        return "{\"firstName\":\"Ann" + n + "\",\"lastName\":\"Bear\",\"emails\":[{\"value\":\"ann" + n
                + "@bear.test\"}]}";
    }

    /** A tenant on the first node; the second has never read its settings, so it reads the new ones. */
    private static Tenant limited(RateLimitChange change) {
        Tenant tenant = first.newTenant();
        first.app().rateLimits().change(tenant.accountId(), change);
        return tenant;
    }
}
