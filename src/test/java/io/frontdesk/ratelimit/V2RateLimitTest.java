package io.frontdesk.ratelimit;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help Scout 2.0: a minute window per account, writes count two, X-RateLimit-* headers, vnd.error 429. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2RateLimitTest {

    private static final String LIMIT = "X-RateLimit-Limit-Minute";
    private static final String REMAINING = "X-RateLimit-Remaining-Minute";
    private static final String RETRY_AFTER = "X-RateLimit-Retry-After";

    @Parameter
    Backend backend;

    @Test
    void every_response_of_a_counted_request_carries_the_limit_and_what_remains_errors_included() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v2 = limited(5).v2();
            return List.of(v2.get("/v2/users/me"), v2.get("/v2/no-such-resource"), v2.get("/v2/customers/999999"),
                    v2.post("/v2/customers", "{\"firstName\": "));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(200, 404, 404, 400);
        assertThat(responses).extracting(r -> r.header(LIMIT)).containsOnly("5");
        assertThat(responses).extracting(r -> r.header(REMAINING)).containsExactly("4", "3", "2", "0");
        assertThat(responses).extracting(r -> r.header(RETRY_AFTER)).containsOnlyNulls();
    }

    @Test
    void the_sixth_request_of_five_per_minute_is_429_in_vnd_error_with_retry_after() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v2 = limited(5).v2();
            return Limits.repeat(6, () -> v2.get("/v2/users/me"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses.subList(0, 5)).extracting(Response::status).containsOnly(200);
        assertThat(responses.subList(0, 5)).extracting(r -> r.header(REMAINING))
                .containsExactly("4", "3", "2", "1", "0");
        Response refused = responses.get(5);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/vnd.error+json");
        Golden.assertMatches(refused, "helpscout-v2/errors/too_many_requests.json", backend.server().baseUrl());
        assertThat(Long.parseLong(refused.header(RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(refused.header(LIMIT)).isEqualTo("5");
        assertThat(refused.header(REMAINING)).isEqualTo("0");
    }

    @Test
    void writes_count_two_and_a_write_that_does_not_fit_leaves_room_for_a_read() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v2 = limited(5).v2();
            return List.of(v2.post("/v2/customers", "{\"firstName\":\"Ann\"}"),
                    v2.post("/v2/customers", "{\"firstName\":\"Bob\"}"),
                    v2.post("/v2/customers", "{\"firstName\":\"Cid\"}"),
                    v2.get("/v2/customers"),
                    v2.get("/v2/customers"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(201, 201, 429, 200, 429);
        assertThat(responses).extracting(r -> r.header(REMAINING)).containsExactly("3", "1", "1", "0", "0");
        assertThat(responses.get(3).json().at("/page/totalElements").asInt()).as("the refused write wrote nothing")
                .isEqualTo(2);
    }

    @Test
    void report_mode_serves_everything_and_still_reports_the_window() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v2 = Limits.set(backend.tenant(), Limits.mode(RateLimitMode.REPORT)
                    .withLimit(RateWindow.HELPSCOUT_V2, 2)).v2();
            return Limits.repeat(4, () -> v2.get("/v2/users/me"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(responses).extracting(r -> r.header(REMAINING)).containsExactly("1", "0", "0", "0");
        assertThat(responses).extracting(r -> r.header(LIMIT)).containsOnly("2");
    }

    @Test
    void off_mode_counts_nothing_and_sends_no_rate_limit_headers() {
        Client v2 = Limits.set(backend.tenant(), Limits.mode(RateLimitMode.OFF)
                .withLimit(RateWindow.HELPSCOUT_V2, 1)).v2();

        List<Response> responses = Limits.repeat(3, () -> v2.get("/v2/users/me"));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(responses).extracting(r -> r.header(LIMIT)).containsOnlyNulls();
        assertThat(responses).extracting(r -> r.header(REMAINING)).containsOnlyNulls();
    }

    @Test
    void a_tenant_that_used_up_its_limit_does_not_slow_another() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client first = limited(1).v2();
            Client second = limited(1).v2();
            return List.of(first.get("/v2/users/me"), first.get("/v2/users/me"), second.get("/v2/users/me"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(200, 429, 200);
        assertThat(responses.get(2).header(REMAINING)).isEqualTo("0");
    }

    @Test
    void unauthenticated_requests_are_not_counted_and_carry_no_rate_limit_headers() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(2);
            Client v2 = tenant.v2();
            Client wrongToken = v2.withHeader("Authorization", "Bearer not-a-token");
            List<Response> refused = Limits.repeat(3, () -> wrongToken.get("/v2/users/me"));
            return List.of(refused.get(2), v2.get("/v2/users/me"), v2.get("/v2/users/me"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(401, 200, 200);
        assertThat(responses.get(0).header(REMAINING)).isNull();
        assertThat(responses.get(2).header(REMAINING)).isEqualTo("0");
    }

    @Test
    void the_token_endpoint_is_not_limited_per_account() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(1);
            Client v2 = tenant.v2();
            return List.of(v2.get("/v2/users/me"), v2.get("/v2/users/me"),
                    Limits.tokenRequest(tenant.server(), tenant));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(200, 429, 200);
        assertThat(responses.get(2).header(LIMIT)).isNull();
    }

    private Tenant limited(int perMinute) {
        return Limits.set(backend.tenant(), Limits.enforce().withLimit(RateWindow.HELPSCOUT_V2, perMinute));
    }
}
