package io.frontdesk.admin;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API has one credential, its own token: no tenant credential opens it, it opens no dialect, and without a
 * configured token (serve's default) it does not exist, nor do its fault header and journal.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminAuthTest {

    @Parameter
    Backend backend;

    @Test
    void without_a_token_the_admin_api_and_the_fault_header_are_absent() {
        TestServer server = backend.server();
        Client anyone = new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + AdminFixture.TOKEN));
        Response clock = anyone.get("/_frontdesk/clock");
        assertThat(clock.status()).isEqualTo(404);
        assertThat(clock.body()).doesNotContain("\"error\"");
        assertThat(anyone.post("/_frontdesk/accounts", "{}").status()).isEqualTo(404);

        Response faulted = server.newTenant().v2().withHeader(FaultFilter.HEADER, "503").get("/v2/mailboxes");
        assertThat(faulted.status()).as("no sandbox, no faults").isEqualTo(200);
    }

    @Test
    void only_the_admin_token_opens_the_admin_api_and_it_opens_nothing_else() {
        try (AdminFixture fixture = AdminFixture.start(backend)) {
            AdminFixture.Account account = fixture.newAccount();
            Client none = new Client(fixture.server.baseUrl(), Map.of());

            Response missing = none.get("/_frontdesk/clock");
            assertThat(missing.status()).isEqualTo(401);
            assertThat(missing.json().at("/error/code").asText()).isEqualTo("unauthorized");
            assertThat(missing.header("WWW-Authenticate")).contains("frontdesk-admin");

            assertThat(none.withHeader("Authorization", "Bearer not-the-admin-token").get("/_frontdesk/clock")
                    .status()).isEqualTo(401);
            assertThat(none.withHeader("Authorization", "Bearer " + account.accessToken())
                    .get("/_frontdesk/clock").status()).as("a Help Scout 2.0 access token").isEqualTo(401);
            assertThat(none.withHeader("Authorization", "Bearer " + account.helpcrunchKey())
                    .get("/_frontdesk/clock").status()).as("a HelpCrunch key").isEqualTo(401);
            assertThat(account.v1().get("/_frontdesk/clock").status()).as("a 1.0 API key").isEqualTo(401);
            assertThat(none.withHeader("Authorization", "Bearer " + account.clientSecret())
                    .post("/_frontdesk/accounts", "{}").status()).as("a client secret").isEqualTo(401);

            Response v2 = fixture.admin.get("/v2/mailboxes");
            assertThat(v2.status()).as("the admin token is no tenant credential").isEqualTo(401);
            assertThat(fixture.admin.get("/helpcrunch/v1/customers").status()).isEqualTo(401);

            Response ok = fixture.admin.get("/_frontdesk/clock");
            assertThat(ok.status()).isEqualTo(200);
            Response unknown = fixture.admin.get("/_frontdesk/nothing-here");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().at("/error/code").asText()).isEqualTo("not_found");
        }
    }
}
