package io.frontdesk.junit;

import io.frontdesk.testing.Await;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The typed admin client against a real sandbox: each call's answer read into its record, and a refusal into an
 * {@link AdminException}. (Accounts, reset, fixtures, faults and webhooks are exercised by the extension's other tests
 * and the examples.)
 */
@Frontdesk
class AdminClientTest {

    @Test
    void snapshots_are_saved_listed_restored_and_deleted(AdminClient admin, SandboxAccount account,
                                                         FrontdeskSandbox sandbox) {
        Client helpcrunch = helpcrunch(sandbox, account);
        Snapshot saved = admin.saveSnapshot("before-customer");
        assertThat(saved.name()).isEqualTo("before-customer");
        assertThat(saved.rows()).isPositive();
        assertThat(admin.snapshots()).extracting(Snapshot::name).contains("before-customer");
        assertThat(helpcrunch.post("/customers", "{\"name\":\"Gone Soon\"}").status()).isEqualTo(201);

        assertThat(admin.restoreSnapshot("before-customer").takenAt()).isEqualTo(saved.takenAt());
        assertThat(helpcrunch.get("/customers").json().get("total").asInt()).isZero();
        admin.deleteSnapshot("before-customer");
        AdminException unknown = catchThrowableOfType(AdminException.class,
                () -> admin.restoreSnapshot("before-customer"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not_found");
    }

    @Test
    void the_clock_is_set_frozen_moved_and_put_back(AdminClient admin) {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(admin.setClock(start)).isEqualTo(new ClockReading(start, true, true));
        assertThat(admin.advanceClock(Duration.ofHours(25)).now()).isEqualTo(start.plus(Duration.ofHours(25)));
        assertThat(admin.resumeClock().frozen()).isFalse();
        assertThat(admin.freezeClock().frozen()).isTrue();
        assertThat(admin.resetClock().now()).isBefore(start);
        AdminException backwards = catchThrowableOfType(AdminException.class,
                () -> admin.advanceClock(Duration.ofSeconds(-5)));
        assertThat(backwards.status()).isEqualTo(400);
    }

    @Test
    void the_journal_is_filtered_counted_and_cleared(AdminClient admin, SandboxAccount account,
                                                     FrontdeskSandbox sandbox) {
        admin.clearRequests();
        Client helpcrunch = helpcrunch(sandbox, account);
        helpcrunch.post("/customers", "{\"name\":\"Journal Entry\"}");
        helpcrunch.get("/customers");

        List<JournalEntry> posts = admin.requests(RequestFilter.all().withAccount(account.id()).withMethod("POST"));
        assertThat(posts).hasSize(1);
        JournalEntry post = posts.get(0);
        assertThat(post.dialect()).isEqualTo("helpcrunch");
        assertThat(post.path()).isEqualTo("/helpcrunch/v1/customers");
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.body()).contains("Journal Entry");
        assertThat(post.headers().get("Authorization")).isEqualTo("[redacted]");
        assertThat(admin.countRequests(RequestFilter.all().withAccount(account.id()).withPath("/helpcrunch/*")))
                .isEqualTo(2);
        admin.clearRequests();
        assertThat(admin.countRequests(RequestFilter.all())).isZero();
    }

    @Test
    void captured_mail_is_read_per_account(AdminClient admin, SandboxAccount account, FrontdeskSandbox sandbox) {
        Client v2 = new Client(sandbox.baseUrl().toString(), Map.of("Authorization", "Bearer "
                + accessToken(sandbox, account)));
        Response conversation = v2.post("/v2/conversations", "{\"subject\":\"Printer\",\"type\":\"email\","
                + "\"status\":\"active\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"email\":"
                + "\"vera@mail.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"It jams\"}]}");
        long id = Long.parseLong(conversation.header("Resource-ID"));
        assertThat(v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"email\":\"vera@mail.test\"},"
                + "\"text\":\"Try turning it off and on\"}").status()).isEqualTo(201);

        Await.until("the reply was captured", Duration.ofSeconds(20), () -> !admin.mail(account.id()).isEmpty());
        CapturedMail mail = admin.mail(account.id()).get(0);
        assertThat(mail.conversationId()).isEqualTo(id);
        assertThat(mail.to()).isEqualTo("vera@mail.test");
        assertThat(mail.subject()).isEqualTo("Re: Printer");
        assertThat(mail.text()).contains("Try turning it off and on");
        assertThat(admin.webhookDeliveries(account.id(), null)).as("no subscription, no delivery").isEmpty();
    }

    @Test
    void named_accounts_and_an_account_reset(AdminClient admin, FrontdeskSandbox sandbox) {
        SandboxAccount named = admin.createAccount("Acme", "boss@acme-client.test", "help@acme-client.test");
        try {
            assertThat(named.ownerEmail()).isEqualTo("boss@acme-client.test");
            assertThat(named.mailboxEmail()).isEqualTo("help@acme-client.test");
            assertThat(named.toString()).doesNotContain(named.apiKey(), named.clientSecret(), named.helpcrunchKey());
            Client helpcrunch = helpcrunch(sandbox, named);
            assertThat(helpcrunch.post("/customers", "{\"name\":\"Before Reset\"}").status()).isEqualTo(201);

            admin.resetAccount(named.id());
            Response after = helpcrunch.get("/customers");
            assertThat(after.status()).as("the same secrets work: %s", after).isEqualTo(200);
            assertThat(after.json().get("total").asInt()).isZero();
        } finally {
            admin.deleteAccount(named.id());
        }
        AdminException unknown = catchThrowableOfType(AdminException.class, () -> admin.resetAccount(999_999));
        assertThat(unknown.status()).isEqualTo(404);
        AdminException bad = catchThrowableOfType(AdminException.class,
                () -> admin.createAccount(null, "not-an-email", null));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("validation");
    }

    private static Client helpcrunch(FrontdeskSandbox sandbox, SandboxAccount account) {
        return new Client(sandbox.helpcrunchUrl().toString(), Map.of("Authorization",
                account.helpcrunchAuthorization()));
    }

    private static String accessToken(FrontdeskSandbox sandbox, SandboxAccount account) {
        Response token = new Client(sandbox.baseUrl().toString(), Map.of()).send("POST", "/v2/oauth2/token",
                "grant_type=client_credentials&client_id=" + enc(account.clientId()) + "&client_secret="
                        + enc(account.clientSecret()), "application/x-www-form-urlencoded");
        assertThat(token.status()).as("%s", token).isEqualTo(200);
        return token.json().get("access_token").asText();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
