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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HelpCrunch: 120 requests per minute per account, writes counting one; a 429 in its `errors` envelope with
 * `too_many_requests` and Retry-After. HelpCrunch documents no rate-limit headers, so none are sent otherwise.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class HelpCrunchRateLimitTest {

    @Parameter
    Backend backend;

    @Test
    void the_sixth_request_of_five_per_minute_is_429_too_many_requests_with_retry_after() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client hc = limited(Limits.enforce().withLimit(RateWindow.HELPCRUNCH, 5)).hc();
            return Limits.repeat(6, () -> hc.get("/agents"));
        }, RateWindow.HELPCRUNCH);

        assertThat(responses.subList(0, 5)).extracting(Response::status).containsOnly(200);
        Response refused = responses.get(5);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/json");
        Golden.assertMatches(refused, "helpcrunch/errors/too_many_requests.json", backend.server().baseUrl());
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void served_responses_carry_no_rate_limit_headers_as_helpcrunch_documents_none() {
        Response response = limited(Limits.enforce()).hc().get("/agents");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-ratelimit"));
        assertThat(response.header("Retry-After")).isNull();
    }

    @Test
    void writes_count_one_like_reads() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client hc = limited(Limits.enforce().withLimit(RateWindow.HELPCRUNCH, 3)).hc();
            return List.of(hc.post("/customers", "{\"userId\":\"u1\"}"), hc.post("/customers", "{\"userId\":\"u2\"}"),
                    hc.post("/customers", "{\"userId\":\"u3\"}"), hc.get("/customers"));
        }, RateWindow.HELPCRUNCH);

        assertThat(responses).extracting(Response::status).containsExactly(201, 201, 201, 429);
    }

    @Test
    void report_mode_never_refuses() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client hc = limited(Limits.mode(RateLimitMode.REPORT).withLimit(RateWindow.HELPCRUNCH, 1)).hc();
            return Limits.repeat(3, () -> hc.get("/agents"));
        }, RateWindow.HELPCRUNCH);

        assertThat(responses).extracting(Response::status).containsOnly(200);
    }

    @Test
    void off_mode_never_refuses() {
        Client hc = limited(Limits.mode(RateLimitMode.OFF).withLimit(RateWindow.HELPCRUNCH, 1)).hc();

        assertThat(Limits.repeat(3, () -> hc.get("/agents"))).extracting(Response::status).containsOnly(200);
    }

    @Test
    void a_tenant_that_used_up_its_limit_does_not_slow_another() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client first = limited(Limits.enforce().withLimit(RateWindow.HELPCRUNCH, 1)).hc();
            Client second = limited(Limits.enforce().withLimit(RateWindow.HELPCRUNCH, 1)).hc();
            return List.of(first.get("/agents"), first.get("/agents"), second.get("/agents"));
        }, RateWindow.HELPCRUNCH);

        assertThat(responses).extracting(Response::status).containsExactly(200, 429, 200);
    }

    @Test
    void a_wrong_key_is_401_and_not_counted() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(Limits.enforce().withLimit(RateWindow.HELPCRUNCH, 1));
            Client wrong = tenant.hc().withHeader("Authorization", "Bearer no-such-key");
            return List.of(wrong.get("/agents"), wrong.get("/agents"), tenant.hc().get("/agents"));
        }, RateWindow.HELPCRUNCH);

        assertThat(responses).extracting(Response::status).containsExactly(401, 401, 200);
    }

    private Tenant limited(RateLimitChange change) {
        return Limits.set(backend.tenant(), change);
    }
}
