package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.webhook.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The request journal: what each API request was, filterable, countable, clearable, and never holding a secret. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminJournalTest {

    @Parameter
    Backend backend;

    AdminFixture fixture;
    Client admin;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend);
        admin = fixture.admin;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void each_request_is_journaled_with_its_account_status_and_body() {
        AdminFixture.Account account = fixture.newAccount();
        Client v2 = account.v2();
        assertThat(v2.post("/v2/customers?reload=false", "{\"firstName\":\"Journal\"}").status()).isEqualTo(201);
        assertThat(v2.get("/v2/customers/999999").status()).isEqualTo(404);

        JsonNode entries = admin.get("/_frontdesk/requests?accountId=" + account.id()).json();
        assertThat(entries).hasSize(2);
        JsonNode post = entries.get(0);
        assertThat(post.get("dialect").asText()).isEqualTo("helpscout-v2");
        assertThat(post.get("method").asText()).isEqualTo("POST");
        assertThat(post.get("path").asText()).isEqualTo("/v2/customers");
        assertThat(post.get("query").asText()).isEqualTo("reload=false");
        assertThat(post.get("status").asInt()).isEqualTo(201);
        assertThat(post.get("accountId").asLong()).isEqualTo(account.id());
        assertThat(post.get("durationMs").asDouble()).isNotNegative();
        assertThat(post.get("body").asText()).contains("Journal");
        assertThat(post.at("/headers/Authorization").asText()).isEqualTo("[redacted]");
        assertThat(entries.get(1).get("status").asInt()).isEqualTo(404);

        assertThat(admin.get("/_frontdesk/requests/count?status=404").json().get("count").asLong()).isEqualTo(1);
        assertThat(admin.get("/_frontdesk/requests/count?method=post&path=/v2/customers*").json().get("count")
                .asLong()).isEqualTo(1);
        assertThat(admin.get("/_frontdesk/requests?dialect=helpscout-v2&limit=1").json().get(0).get("status")
                .asInt()).as("the newest").isEqualTo(404);
        assertThat(admin.get("/_frontdesk/requests/count?dialect=helpcrunch").json().get("count").asLong())
                .isZero();
        assertThat(admin.get("/_frontdesk/requests").json().toString()).as("admin calls are not journaled")
                .doesNotContain("/_frontdesk");

        assertThat(admin.delete("/_frontdesk/requests").json().get("removed").asInt()).isEqualTo(3);
        assertThat(admin.get("/_frontdesk/requests").json()).isEmpty();
    }

    @Test
    void the_journal_never_holds_a_secret() {
        AdminFixture.Account account = fixture.newAccount();
        try (Receiver receiver = Receiver.start()) {
            Client v2 = account.v2();
            v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/h") + "\",\"events\":[\"customer.created\"],"
                    + "\"secret\":\"webhook-signing-secret-1\"}");
            account.v1().get("/v1/mailboxes.json");
            account.hc().get("/customers");
            new Client(fixture.server.baseUrl(), java.util.Map.of()).get("/v2/oauth2/token?client_id="
                    + account.clientId() + "&client_secret=" + account.clientSecret());
            account.v1().post("/v1/hooks.json", "{\"url\":\"" + receiver.url("/v1") + "\",\"events\":"
                    + "[\"convo.created\"],\"secret\":\"v1-hook-secret-22\"}");

            Response journal = admin.get("/_frontdesk/requests");
            String text = journal.body();
            assertThat(journal.json().size()).isGreaterThanOrEqualTo(6);
            assertThat(text).doesNotContain(account.clientSecret()).doesNotContain(account.apiKey())
                    .doesNotContain(account.helpcrunchKey()).doesNotContain("webhook-signing-secret-1")
                    .doesNotContain("v1-hook-secret-22").doesNotContain(account.accessToken().substring(0, 12))
                    .doesNotContain("Basic ").doesNotContain("Bearer ");
            assertThat(text).contains("client_secret=[redacted]").contains("\\\"secret\\\":\\\"[redacted]\\\"");
            assertThat(text).as("the token endpoint's form is kept without its secret").contains("grant_type=");
        }
    }

    @Test
    void bad_filters_are_refused() {
        assertThat(admin.get("/_frontdesk/requests?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/_frontdesk/requests?accountId=x").json().at("/error/fields/0/field").asText())
                .isEqualTo("accountId");
        assertThat(admin.get("/_frontdesk/requests/count?status=999").status()).isEqualTo(400);
    }
}
