package io.frontdesk.admin;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults answer in each dialect's own error format (429 with the vendor's rate-limit headers), match dialect, method,
 * path and account, run out after N requests, can be listed and deleted, and a header makes a one-off fault.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminFaultsTest {

    @Parameter
    Backend backend;

    AdminFixture fixture;
    Client admin;
    AdminFixture.Account account;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend);
        admin = fixture.admin;
        account = fixture.newAccount();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void each_dialect_answers_a_fault_in_its_own_format() {
        Client v2 = account.v2();
        Client v1 = account.v1();
        Client hc = account.hc();
        rule("{\"status\":503,\"times\":3}");

        Response v2503 = v2.get("/v2/mailboxes");
        assertThat(v2503.status()).isEqualTo(503);
        assertThat(v2503.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(v2503.json().has("message")).isTrue();
        assertThat(v2503.header("Retry-After")).isEqualTo("1");

        Response v1503 = v1.get("/v1/mailboxes.json");
        assertThat(v1503.status()).isEqualTo(503);
        assertThat(v1503.json().get("status").asInt()).isEqualTo(503);

        Response hc503 = hc.get("/customers");
        assertThat(hc503.status()).isEqualTo(503);
        assertThat(hc503.json().get("errors").isArray()).isTrue();

        assertThat(v2.get("/v2/mailboxes").status()).as("the rule is spent").isEqualTo(200);
        assertThat(admin.get("/_frontdesk/faults").json()).isEmpty();
    }

    @Test
    void a_429_carries_the_vendors_rate_limit_headers() {
        Client client = account.v2();
        rule("{\"status\":429,\"dialect\":\"helpscout-v2\",\"times\":1}");
        Response v2 = client.get("/v2/mailboxes");
        assertThat(v2.status()).isEqualTo(429);
        assertThat(v2.header("X-RateLimit-Remaining-Minute")).isEqualTo("0");
        assertThat(v2.header("X-RateLimit-Limit-Minute")).isEqualTo("400");
        assertThat(v2.header("X-RateLimit-Retry-After")).isNotNull();

        rule("{\"status\":429,\"dialect\":\"helpscout-v1\",\"times\":1}");
        Response v1 = account.v1().get("/v1/mailboxes.json");
        assertThat(v1.status()).isEqualTo(429);
        assertThat(v1.header("X-RateLimit-Remaining-Minute")).isEqualTo("0");
        assertThat(v1.header("Retry-After")).isEqualTo("1");

        rule("{\"status\":429,\"dialect\":\"helpcrunch\",\"times\":1}");
        Response hc = account.hc().get("/customers");
        assertThat(hc.status()).isEqualTo(429);
        assertThat(hc.json().get("errors").isArray()).isTrue();
    }

    @Test
    void rules_match_method_path_and_account_and_can_be_listed_and_deleted() {
        AdminFixture.Account other = fixture.newAccount();
        long id = rule("{\"status\":500,\"method\":\"POST\",\"path\":\"/v2/customers*\",\"accountId\":"
                + account.id() + "}");
        Client v2 = account.v2();
        assertThat(v2.get("/v2/customers").status()).as("another method").isEqualTo(200);
        assertThat(other.v2().post("/v2/customers", "{\"firstName\":\"Other\"}").status()).as("another account")
                .isEqualTo(201);
        Response failed = v2.post("/v2/customers", "{\"firstName\":\"Mine\"}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("Exception");
        assertThat(v2.get("/v2/customers").json().at("/page/totalElements").asLong()).as("nothing was written")
                .isZero();

        assertThat(admin.get("/_frontdesk/faults").json().get(0).get("id").asLong()).isEqualTo(id);
        assertThat(admin.delete("/_frontdesk/faults/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/_frontdesk/faults/" + id).status()).isEqualTo(404);
        assertThat(v2.post("/v2/customers", "{\"firstName\":\"Mine\"}").status()).isEqualTo(201);

        rule("{\"latencyMs\":1,\"path\":\"/v1/*\"}");
        rule("{\"status\":404,\"probability\":0.5}");
        assertThat(admin.get("/_frontdesk/faults").json()).hasSize(2);
        assertThat(admin.delete("/_frontdesk/faults").json().get("removed").asInt()).isEqualTo(2);
        assertThat(account.v1().get("/v1/mailboxes.json").status()).isEqualTo(200);
    }

    @Test
    void latency_delays_and_drop_closes_the_connection() throws Exception {
        rule("{\"latencyMs\":20,\"times\":1}");
        assertThat(account.v1().get("/v1/mailboxes.json").status()).as("late but answered").isEqualTo(200);

        rule("{\"drop\":true,\"times\":1}");
        URI base = URI.create(fixture.server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /helpcrunch/v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + "Bearer " + account.helpcrunchKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            assertThat(socket.getInputStream().readAllBytes()).as("closed without an answer").isEmpty();
        }
        assertThat(account.hc().get("/customers").status()).isEqualTo(200);
    }

    @Test
    void the_fault_header_makes_a_one_off_fault() {
        Client v2 = account.v2();
        Response faulted = v2.withHeader(FaultFilter.HEADER, "503").get("/v2/mailboxes");
        assertThat(faulted.status()).isEqualTo(503);
        assertThat(faulted.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(account.hc().withHeader(FaultFilter.HEADER, "429").get("/customers").status()).isEqualTo(429);
        assertThat(v2.withHeader(FaultFilter.HEADER, "nonsense").get("/v2/mailboxes").status()).isEqualTo(200);
        assertThat(v2.get("/v2/mailboxes").status()).isEqualTo(200);
    }

    @Test
    void bad_rules_are_refused_and_add_nothing() {
        assertField("{}", "status");
        assertField("{\"status\":502}", "status");
        assertField("{\"status\":503,\"dialect\":\"zendesk\"}", "dialect");
        assertField("{\"status\":503,\"method\":\"BREW\"}", "method");
        assertField("{\"status\":503,\"path\":\"v2\"}", "path");
        assertField("{\"status\":503,\"times\":0}", "times");
        assertField("{\"status\":503,\"probability\":2}", "probability");
        assertField("{\"latencyMs\":600000}", "latencyMs");
        assertField("{\"drop\":true,\"status\":503}", "drop");
        assertThat(admin.post("/_frontdesk/faults", "nope").status()).isEqualTo(400);
        assertThat(admin.get("/_frontdesk/faults").json()).isEmpty();
        assertThat(admin.delete("/_frontdesk/faults/77").status()).isEqualTo(404);
    }

    private long rule(String json) {
        Response created = admin.post("/_frontdesk/faults", json);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void assertField(String json, String field) {
        Response response = admin.post("/_frontdesk/faults", json);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().at("/error/fields/0/field").asText()).isEqualTo(field);
    }
}
