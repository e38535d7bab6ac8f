package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin commands work on the same database the server uses, and what they print is usable at once. */
class AdminCommandsTest {

    @TempDir
    Path dataDir;

    private String accountId;
    private String ownerId;

    @BeforeEach
    void account() {
        Cli.Run run = ok("accounts", "create", "--name", "Acme", "--owner-email", "a@b.c");
        accountId = run.value("account_id");
        ownerId = run.value("owner_user_id");
    }

    @Test
    void first_account_created_on_a_new_database_follows_first_starts_account_one() {
        assertThat(accountId).isEqualTo("2");
        assertThat(ownerId).isEqualTo("2");
        assertThat(ok("accounts", "list").out()).contains("1\tFrontdesk\tstrict-put=false")
                .contains("2\tAcme\tstrict-put=false");
        assertThat(dataDir.resolve("credentials.txt")).exists();
    }

    @Test
    void accounts_list_shows_every_setting_accounts_set_changes() {
        ok("accounts", "set", "--account", accountId, "--rate-limit-mode", "report", "--rate-limit-helpscout-v2", "800",
                "--lock-closed-after-days", "30");

        assertThat(ok("accounts", "list").out()).containsPattern("(?m)^" + accountId + "\tAcme\tstrict-put=false"
                + "\tlock-closed-after-days=30\trate-limit-mode=report\trate-limit-helpscout-v2=800\t"
                + "rate-limit-helpscout-v1=\\d+\\(default\\)\t.*$");
    }

    @Test
    void created_helpscout_key_authenticates_over_http() {
        String key = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpscout_key").value("key");

        try (TestServer server = server()) {
            Response me = v1(server, key).get("/v1/users/me.json");

            assertThat(me.status()).as("%s", me).isEqualTo(200);
            assertThat(me.json().at("/item/email").asText()).isEqualTo("a@b.c");
        }
    }

    @Test
    void created_helpcrunch_key_authenticates_over_http() {
        String key = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpcrunch_key").value("key");

        try (TestServer server = server()) {
            Response agents = new Client(server.baseUrl(), Map.of("Authorization", "Bearer " + key))
                    .get("/helpcrunch/v1/agents");

            assertThat(agents.status()).as("%s", agents).isEqualTo(200);
            assertThat(agents.json().at("/data/0/email").asText()).isEqualTo("a@b.c");
        }
    }

    @Test
    void created_oauth_app_gets_tokens_and_authorize_prints_a_code_that_exchanges() {
        Cli.Run app = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpscout_oauth", "--label", "sync job");
        String clientId = app.value("client_id");
        String secret = app.value("client_secret");
        String code = ok("credentials", "authorize", "--client-id", clientId).value("code");

        try (TestServer server = server()) {
            Client anonymous = new Client(server.baseUrl(), Map.of());
            Response byCredentials = token(anonymous, "grant_type=client_credentials&client_id=" + enc(clientId)
                    + "&client_secret=" + enc(secret));
            Response byCode = token(anonymous, "grant_type=authorization_code&client_id=" + enc(clientId)
                    + "&client_secret=" + enc(secret) + "&code=" + enc(code));

            assertThat(byCredentials.status()).as("%s", byCredentials).isEqualTo(200);
            assertThat(byCode.status()).as("%s", byCode).isEqualTo(200);
            assertThat(byCode.json().get("refresh_token").asText()).isNotBlank();
        }
        assertThat(ok("credentials", "list", "--account", accountId).out())
                .contains("\thelpscout_oauth\tuser=" + ownerId + "\tclient_id=" + clientId + "\tsync job");
    }

    @Test
    void authorize_for_an_unknown_client_id_exits_1() {
        Cli.Run run = Cli.run("credentials", "authorize", "--client-id", "nobody", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("No OAuth app");
    }

    @Test
    void revoked_key_no_longer_authenticates_and_is_listed_as_revoked() {
        Cli.Run created = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpscout_key");
        String id = created.value("credential_id");
        String key = created.value("key");

        try (TestServer server = server()) {
            assertThat(v1(server, key).get("/v1/users/me.json").status()).isEqualTo(200);

            assertThat(ok("credentials", "revoke", "--account", accountId, "--id", id).out())
                    .contains("revoked credential " + id);

            // another process's write: the server's cache hears it at its next poll of the change count
            Await.until("the revocation heard", Duration.ofSeconds(5),
                    () -> v1(server, key).get("/v1/users/me.json").status() == 401);
        }
        assertThat(ok("credentials", "list", "--account", accountId).out()).containsPattern(
                "(?m)^" + id + "\thelpscout_key\t.*\trevoked$");
    }

    @Test
    void revoking_a_revoked_credential_says_so_and_succeeds() {
        String id = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpscout_key").value("credential_id");
        ok("credentials", "revoke", "--account", accountId, "--id", id);

        assertThat(ok("credentials", "revoke", "--account", accountId, "--id", id).out())
                .isEqualTo("credential " + id + " was already revoked\n");
    }

    @Test
    void list_names_kinds_as_create_takes_them_and_create_takes_the_old_spelling_too() {
        ok("credentials", "create", "--account", accountId, "--user", ownerId, "--kind", "helpscout_oauth_app");
        ok("credentials", "create", "--account", accountId, "--user", ownerId, "--kind", "HELPSCOUT_API_KEY");
        ok("credentials", "create", "--account", accountId, "--user", ownerId, "--kind", "helpcrunch_key");

        String list = ok("credentials", "list", "--account", accountId).out();
        assertThat(list.lines().map(line -> line.split("\t")[1]))
                .containsExactly("helpscout_oauth", "helpscout_key", "helpcrunch_key");
    }

    @Test
    void revoking_a_credential_of_another_account_exits_1_and_changes_nothing() {
        String otherAccount = ok("accounts", "create", "--name", "Other", "--owner-email", "o@b.c")
                .value("account_id");
        String id = ok("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "helpscout_key").value("credential_id");

        Cli.Run run = Cli.run("credentials", "revoke", "--account", otherAccount, "--id", id,
                "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(ok("credentials", "list", "--account", accountId).out()).doesNotContain("revoked");
    }

    @Test
    void mailboxes_create_then_list_shows_it() {
        String mailboxId = ok("mailboxes", "create", "--account", accountId, "--name", "Billing",
                "--email", "billing@acme.test").value("mailbox_id");

        assertThat(ok("mailboxes", "list", "--account", accountId).out())
                .contains(mailboxId + "\tBilling\tbilling@acme.test");
    }

    @Test
    void mailbox_for_an_unknown_account_exits_1_naming_it() {
        Cli.Run run = Cli.run("mailboxes", "create", "--account", "99", "--name", "X", "--email", "x@y.z",
                "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("No account 99");
    }

    @Test
    void account_with_a_bad_owner_email_exits_1_naming_the_field() {
        Cli.Run run = Cli.run("accounts", "create", "--name", "X", "--owner-email", "not-an-email",
                "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("email").contains("Not well-formed email address");
    }

    @Test
    void unknown_credential_kind_exits_2() {
        Cli.Run run = Cli.run("credentials", "create", "--account", accountId, "--user", ownerId,
                "--kind", "password", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kind");
    }

    private Cli.Run ok(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        Cli.Run run = Cli.run(withDataDir);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }

    private TestServer server() {
        return TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()), routes -> { });
    }

    private static Client v1(TestServer server, String key) {
        String basic = Base64.getEncoder().encodeToString((key + ":X").getBytes(StandardCharsets.UTF_8));
        return new Client(server.baseUrl(), Map.of("Authorization", "Basic " + basic));
    }

    private static Response token(Client anonymous, String form) {
        return anonymous.send("POST", "/v2/oauth2/token", form, "application/x-www-form-urlencoded");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
