package io.frontdesk.ratelimit;

import io.frontdesk.Main;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `frontdesk accounts set --rate-limit-…` against a running server's database, as an operator runs it beside the
 * server. The server has not read the account's settings before, so it uses the new ones on the next request.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RateLimitCommandTest {

    @Parameter
    Backend backend;

    /** One private server per backend: the command opens its database beside the running server. */
    private static TestServer server;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(backend, Map.of(), routes -> { });
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @Test
    void the_command_sets_mode_and_limits_and_the_server_enforces_them() {
        List<Response> responses = Limits.inOneWindow(() -> {
            Tenant tenant = server.newTenant();
            Run run = accountsSet(tenant, "--rate-limit-mode", "enforce", "--rate-limit-helpscout-v2", "2",
                    "--rate-limit-helpcrunch", "1");
            assertThat(run.code()).as("%s", run).isZero();
            assertThat(run.out()).contains("account " + tenant.accountId() + " rate-limit-mode=enforce "
                    + "rate-limit-helpscout-v2=2 rate-limit-helpscout-v1=200(default) "
                    + "rate-limit-helpscout-v1-burst=12(default) rate-limit-helpcrunch=1");
            Client v2 = tenant.v2();
            Client hc = tenant.hc();
            return List.of(v2.get("/v2/users/me"), v2.get("/v2/users/me"), v2.get("/v2/users/me"),
                    hc.get("/agents"), hc.get("/agents"));
        }, RateWindow.HELPSCOUT_V2);

        assertThat(responses).extracting(Response::status).containsExactly(200, 200, 429, 200, 429);
        assertThat(responses.get(0).header("X-RateLimit-Limit-Minute")).isEqualTo("2");
    }

    @Test
    void report_and_off_are_stored_and_default_goes_back_to_the_server_values() {
        Tenant tenant = server.newTenant();

        assertThat(accountsSet(tenant, "--rate-limit-mode", "report", "--rate-limit-helpscout-v1", "50",
                "--rate-limit-helpscout-v1-burst", "4").code()).isZero();
        RateLimitSettings reported = server.app().rateLimits().settings(tenant.accountId());
        assertThat(accountsSet(tenant, "--rate-limit-mode", "OFF", "--rate-limit-helpscout-v1", "default").code())
                .isZero();
        RateLimitSettings off = server.app().rateLimits().settings(tenant.accountId());
        assertThat(accountsSet(tenant, "--rate-limit-mode", "default").code()).isZero();

        assertThat(reported.mode()).contains(RateLimitMode.REPORT);
        assertThat(reported.limit(RateWindow.HELPSCOUT_V1)).isEqualTo(50);
        assertThat(reported.limit(RateWindow.HELPSCOUT_V1_BURST)).isEqualTo(4);
        assertThat(off.mode()).contains(RateLimitMode.OFF);
        assertThat(off.limits()).isEqualTo(Map.of(RateWindow.HELPSCOUT_V1_BURST, 4));
        assertThat(server.app().rateLimits().settings(tenant.accountId()).mode()).isEmpty();
    }

    @Test
    void bad_values_are_refused_and_change_nothing() {
        Tenant tenant = server.newTenant();

        Run badMode = accountsSet(tenant, "--rate-limit-mode", "sometimes");
        Run notANumber = accountsSet(tenant, "--rate-limit-helpcrunch", "lots");
        Run zero = accountsSet(tenant, "--rate-limit-helpscout-v2", "0");

        assertThat(badMode.code()).isEqualTo(2);
        assertThat(badMode.err()).contains("--rate-limit-mode takes enforce, report, off or default");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--rate-limit-helpcrunch");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err()).contains("rate-limit-helpscout-v2").contains("between 1 and");
        assertThat(server.app().rateLimits().settings(tenant.accountId())).isEqualTo(RateLimitSettings.NONE);
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs `accounts set --account <tenant> …` in-process against this server's database. */
    private Run accountsSet(Tenant tenant, String... options) {
        List<String> args = new ArrayList<>(List.of("accounts", "set", "--account",
                Long.toString(tenant.accountId()), "--data-dir", server.dataDir().toString()));
        if (server.databaseUrl() != null) {
            args.addAll(List.of("--database-url", server.databaseUrl()));
        }
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
