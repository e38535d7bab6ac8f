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

/**
 * Help Scout 1.0: 200 requests per minute plus 12 writes per 5 seconds per account, `X-RateLimit-{Interval,Limit,
 * Remaining}-{Minute,Burst}` headers, and `{status:429,…}` with Retry-After.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1RateLimitTest {

    @Parameter
    Backend backend;

    @Test
    void every_response_of_a_counted_request_reports_both_windows_errors_included() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v1 = Limits.set(backend.tenant(), Limits.enforce()).v1();
            return List.of(v1.get("/v1/users/me.json"), v1.post("/v1/customers.json", customer(1)),
                    v1.get("/v1/customers/999999.json"));
        }, RateWindow.HELPSCOUT_V1, RateWindow.HELPSCOUT_V1_BURST);

        assertThat(responses).extracting(Response::status).containsExactly(200, 201, 404);
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Interval-Minute")).containsOnly("60");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Limit-Minute")).containsOnly("200");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Remaining-Minute"))
                .containsExactly("199", "198", "197");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Interval-Burst")).containsOnly("5");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Limit-Burst")).containsOnly("12");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Remaining-Burst"))
                .as("only the write counts in the burst window").containsExactly("12", "11", "11");
        assertThat(responses).extracting(r -> r.header("Retry-After")).containsOnlyNulls();
    }

    @Test
    void the_sixth_request_of_five_per_minute_is_429_with_retry_after() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v1 = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1, 5)).v1();
            return Limits.repeat(6, () -> v1.get("/v1/users/me.json"));
        }, RateWindow.HELPSCOUT_V1);

        assertThat(responses.subList(0, 5)).extracting(Response::status).containsOnly(200);
        Response refused = responses.get(5);
        assertThat(refused.status()).isEqualTo(429);
        // Jetty writes the V1 media type without the space; clients compare it loosely.
        assertThat(refused.header("Content-Type").replace(" ", "")).isEqualTo("application/json;charset=utf-8");
        Golden.assertMatches(refused, "helpscout-v1/errors/too_many_requests.json", backend.server().baseUrl());
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("X-RateLimit-Remaining-Minute")).isEqualTo("0");
    }

    @Test
    void writes_beyond_the_burst_window_are_429_for_at_most_five_seconds_while_reads_go_on() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v1 = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1_BURST, 2)).v1();
            return List.of(v1.post("/v1/customers.json", customer(1)), v1.post("/v1/customers.json", customer(2)),
                    v1.post("/v1/customers.json", customer(3)), v1.get("/v1/customers.json"));
        }, RateWindow.HELPSCOUT_V1_BURST);

        assertThat(responses).extracting(Response::status).containsExactly(201, 201, 429, 200);
        Response refused = responses.get(2);
        Golden.assertMatches(refused, "helpscout-v1/errors/too_many_requests.json", backend.server().baseUrl());
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 5L);
        assertThat(refused.header("X-RateLimit-Remaining-Burst")).isEqualTo("0");
        assertThat(refused.header("X-RateLimit-Remaining-Minute")).as("a refusal is not counted").isEqualTo("198");
        assertThat(responses.get(3).json().get("count").asInt()).as("the refused write wrote nothing").isEqualTo(2);
    }

    /**
     * The documented burst at its documented size (reference §4.3): twelve writes in five seconds pass, whichever 1.0
     * write they are, and the thirteenth is refused and writes nothing; reads go on.
     */
    @Test
    void the_thirteenth_write_within_five_seconds_is_429_at_the_documented_limit_of_twelve() {
        record Run(List<Response> writes, Response refused, Response read) {
        }
        Run run = Limits.inOneWindow(() -> {
            Tenant tenant = Limits.set(backend.tenant(), Limits.enforce());
            Client v1 = tenant.v1();
            List<Response> writes = new java.util.ArrayList<>();
            String conversation = "{\"subject\":\"Hi\",\"mailbox\":{\"id\":" + tenant.mailbox().id()
                    + "},\"customer\":{\"email\":\"ann@bear.test\"},\"threads\":[{\"type\":\"customer\","
                    + "\"createdBy\":{\"email\":\"ann@bear.test\",\"type\":\"customer\"},\"body\":\"Help\"}]}";
            writes.add(v1.post("/v1/conversations.json", conversation));
            String location = writes.get(0).header("Location");
            String path = location == null ? "/v1/conversations/0.json" : location.substring(location.indexOf("/v1/"));
            String note = "{\"type\":\"note\",\"createdBy\":{\"id\":" + tenant.owner().id()
                    + ",\"type\":\"user\"},\"body\":\"Noted\"}";
            writes.add(v1.post(path, note));
            writes.add(v1.put(path, "{\"status\":\"pending\"}"));
            writes.add(v1.post("/v1/attachments.json",
                    "{\"fileName\":\"a.txt\",\"mimeType\":\"text/plain\",\"data\":\"aGVsbG8=\"}"));
            writes.add(v1.post("/v1/customers.json", customer(1)));
            writes.add(v1.post("/v1/hooks.json",
                    "{\"url\":\"https://93.184.216.34/hooks\",\"events\":[\"convo.created\"],\"secret\":\"s3cret\"}"));
            for (int i = 2; writes.size() < 12; i++) {
                writes.add(v1.post(path, note));
            }
            Response refused = v1.put(path, "{\"status\":\"closed\"}");
            return new Run(writes, refused, v1.get(path));
        }, RateWindow.HELPSCOUT_V1_BURST);

        assertThat(run.writes()).extracting(Response::status).containsExactly(201, 201, 200, 201, 201, 201, 201, 201,
                201, 201, 201, 201);
        assertThat(run.writes()).extracting(r -> r.header("X-RateLimit-Remaining-Burst"))
                .containsExactly("11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0");
        assertThat(run.refused().status()).as(run.refused().toString()).isEqualTo(429);
        assertThat(Long.parseLong(run.refused().header("Retry-After"))).isBetween(1L, 5L);
        assertThat(run.read().status()).isEqualTo(200);
        assertThat(run.read().json().at("/item/status").asText()).as("the refused write changed nothing")
                .isEqualTo("pending");
        assertThat(run.read().json().at("/item/threadCount").asInt()).isEqualTo(8);
    }

    @Test
    void report_mode_serves_everything_and_still_reports_both_windows() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client v1 = limited(Limits.mode(RateLimitMode.REPORT).withLimit(RateWindow.HELPSCOUT_V1_BURST, 1)).v1();
            return List.of(v1.post("/v1/customers.json", customer(1)), v1.post("/v1/customers.json", customer(2)));
        }, RateWindow.HELPSCOUT_V1_BURST);

        assertThat(responses).extracting(Response::status).containsExactly(201, 201);
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Remaining-Burst")).containsExactly("0", "0");
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Remaining-Minute")).containsExactly("199", "198");
    }

    @Test
    void off_mode_counts_nothing_and_sends_no_rate_limit_headers() {
        Client v1 = limited(Limits.mode(RateLimitMode.OFF).withLimit(RateWindow.HELPSCOUT_V1, 1)).v1();

        List<Response> responses = Limits.repeat(3, () -> v1.get("/v1/users/me.json"));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Limit-Minute")).containsOnlyNulls();
        assertThat(responses).extracting(r -> r.header("X-RateLimit-Limit-Burst")).containsOnlyNulls();
    }

    @Test
    void a_tenant_that_used_up_its_limit_does_not_slow_another() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Client first = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1, 1)).v1();
            Client second = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1, 1)).v1();
            return List.of(first.get("/v1/users/me.json"), first.get("/v1/users/me.json"),
                    second.get("/v1/users/me.json"));
        }, RateWindow.HELPSCOUT_V1);

        assertThat(responses).extracting(Response::status).containsExactly(200, 429, 200);
    }

    @Test
    void a_wrong_api_key_is_401_and_not_counted() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = limited(Limits.enforce().withLimit(RateWindow.HELPSCOUT_V1, 1));
            Client wrong = tenant.v1().withHeader("Authorization", "Basic bm8tc3VjaC1rZXk6WA==");
            return List.of(wrong.get("/v1/users/me.json"), wrong.get("/v1/users/me.json"),
                    tenant.v1().get("/v1/users/me.json"));
        }, RateWindow.HELPSCOUT_V1);

        assertThat(responses).extracting(Response::status).containsExactly(401, 401, 200);
        assertThat(responses.get(0).header("X-RateLimit-Limit-Minute")).isNull();
    }

    private Tenant limited(RateLimitChange change) {
        return Limits.set(backend.tenant(), change);
    }

    private static String customer(int n) {
        return "{\"firstName\":\"Ann" + n + "\",\"lastName\":\"Bear\",\"emails\":[{\"value\":\"ann" + n
                + "@bear.test\"}]}";
    }
}
