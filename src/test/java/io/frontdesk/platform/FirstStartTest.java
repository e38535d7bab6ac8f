package io.frontdesk.platform;

import io.frontdesk.Application;
import io.frontdesk.account.Account;
import io.frontdesk.account.Credential;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** First start on an empty database: one account ready for every dialect, created exactly once. */
@ParameterizedClass
@EnumSource(Backend.class)
class FirstStartTest {

    private static final String CLIENT_ID = "fixed-client-id";
    private static final String CLIENT_SECRET = "fixed-client-secret-0123456789";
    private static final String API_KEY = "fixed-v1-api-key-0123456789";
    private static final String HELPCRUNCH_KEY = "fixed-helpcrunch-key-0123456789";

    @Parameter
    Backend backend;

    @Test
    void empty_database_gets_one_account_owner_mailbox_and_a_credential_of_each_kind() {
        try (TestServer server = TestServer.start(backend, Map.of(), routes -> { })) {
            Application app = server.app();

            Optional<FirstStart.Result> result = app.firstStart().runIfEmpty(app.config().bootstrap());

            assertThat(result).isPresent();
            List<Account> accounts = app.accounts().accounts();
            assertThat(accounts).singleElement().extracting(Account::name).isEqualTo("Frontdesk");
            long account = accounts.get(0).id();
            assertThat(app.accounts().users(account)).singleElement()
                    .satisfies(owner -> assertThat(owner.email()).isEqualTo("owner@frontdesk.local"));
            assertThat(app.mailboxes().list(account)).singleElement()
                    .satisfies(mailbox -> assertThat(mailbox.email()).isEqualTo("support@frontdesk.local"));
            assertThat(app.accounts().credentials(account)).extracting(Credential::kind)
                    .containsExactlyInAnyOrder(CredentialKind.HELPSCOUT_OAUTH_APP, CredentialKind.HELPSCOUT_API_KEY,
                            CredentialKind.HELPCRUNCH_KEY);
            assertThat(result.get().owner().id()).isEqualTo(app.accounts().users(account).get(0).id());
        }
    }

    @Test
    void second_run_creates_nothing_and_returns_empty() {
        try (TestServer server = TestServer.start(backend, Map.of(), routes -> { })) {
            Application app = server.app();
            assertThat(app.firstStart().runIfEmpty(app.config().bootstrap())).isPresent();

            Optional<FirstStart.Result> again = app.firstStart().runIfEmpty(app.config().bootstrap());

            assertThat(again).isEmpty();
            assertThat(app.accounts().accounts()).hasSize(1);
            assertThat(app.accounts().credentials(app.accounts().accounts().get(0).id())).hasSize(3);
        }
    }

    @Test
    void database_that_already_has_an_account_is_not_bootstrapped() {
        try (TestServer server = TestServer.start(backend, Map.of(), routes -> { })) {
            Application app = server.app();
            User existing = app.accounts().createAccount("Made by the CLI", "Cli", "Owner", "cli@example.test");

            Optional<FirstStart.Result> result = app.firstStart().runIfEmpty(app.config().bootstrap());

            assertThat(result).isEmpty();
            assertThat(app.accounts().accounts()).singleElement().extracting(Account::id)
                    .isEqualTo(existing.accountId());
        }
    }

    @Test
    void fixed_bootstrap_values_are_used_and_work_over_http() {
        Map<ConfigKey, String> fixed = Map.of(
                ConfigKey.BOOTSTRAP_ACCOUNT_NAME, "Acme Support",
                ConfigKey.BOOTSTRAP_OWNER_EMAIL, "boss@acme.test",
                ConfigKey.BOOTSTRAP_MAILBOX_EMAIL, "help@acme.test",
                ConfigKey.BOOTSTRAP_CLIENT_ID, CLIENT_ID,
                ConfigKey.BOOTSTRAP_CLIENT_SECRET, CLIENT_SECRET,
                ConfigKey.BOOTSTRAP_API_KEY, API_KEY,
                ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY, HELPCRUNCH_KEY);
        try (TestServer server = TestServer.start(backend, fixed, routes -> { })) {
            Application app = server.app();

            FirstStart.Result result = app.firstStart().runIfEmpty(app.config().bootstrap()).orElseThrow();

            assertThat(result.oauthApp().credential().clientId()).isEqualTo(CLIENT_ID);
            assertThat(result.oauthApp().secret()).isEqualTo(CLIENT_SECRET);
            assertThat(result.apiKey().secret()).isEqualTo(API_KEY);
            assertThat(result.helpcrunchKey().secret()).isEqualTo(HELPCRUNCH_KEY);
            assertThat(result.mailbox().email()).isEqualTo("help@acme.test");
            assertThat(app.accounts().account(result.owner().accountId()).name()).isEqualTo("Acme Support");
            assertFixedCredentialsWork(server);
        }
    }

    @Test
    void two_nodes_starting_together_on_one_empty_database_bootstrap_once() throws Exception {
        try (TestServer server = TestServer.start(backend, Map.of(), routes -> { });
             Application otherNode = Application.open(server.app().config())) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Optional<FirstStart.Result>> first = startAfter(together, server.app());
            CompletableFuture<Optional<FirstStart.Result>> second = startAfter(together, otherNode);

            List<Optional<FirstStart.Result>> results = List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS));

            assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
            assertThat(server.app().accounts().accounts()).hasSize(1);
        }
    }

    private static CompletableFuture<Optional<FirstStart.Result>> startAfter(CyclicBarrier barrier, Application app) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return app.firstStart().runIfEmpty(app.config().bootstrap());
        });
    }

    private static void assertFixedCredentialsWork(TestServer server) {
        Client anonymous = new Client(server.baseUrl(), Map.of());
        Response token = anonymous.send("POST", OAuth.TOKEN_PATH, "grant_type=client_credentials&client_id="
                + CLIENT_ID + "&client_secret=" + CLIENT_SECRET, OAuth.FORM);
        assertThat(token.status()).as("%s", token).isEqualTo(200);
        Response v2 = OAuth.bearer(anonymous, token.json().get("access_token").asText()).get("/v2/users/me");
        assertThat(v2.json().get("email").asText()).isEqualTo("boss@acme.test");

        String basic = Base64.getEncoder().encodeToString((API_KEY + ":X").getBytes(StandardCharsets.UTF_8));
        Response v1 = anonymous.withHeader("Authorization", "Basic " + basic).get("/v1/users/me.json");
        assertThat(v1.json().at("/item/email").asText()).isEqualTo("boss@acme.test");

        Response hc = anonymous.withHeader("Authorization", "Bearer " + HELPCRUNCH_KEY).get("/helpcrunch/v1/agents");
        assertThat(hc.json().at("/data/0/email").asText()).isEqualTo("boss@acme.test");
    }
}
