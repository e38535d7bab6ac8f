package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `ratings create`: the customer's rating of a reply, then served by `GET /v2/ratings/{id}` and on the thread. */
class RatingsCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void a_rating_recorded_on_the_command_line_is_served_and_bad_input_exits_non_zero() {
        Cli.Run account = ok("accounts", "create", "--name", "Acme", "--owner-email", "a@b.c");
        String accountId = account.value("account_id");
        ok("mailboxes", "create", "--account", accountId, "--name", "Support", "--email", "support@b.c");
        Cli.Run app = ok("credentials", "create", "--account", accountId, "--user", account.value("owner_user_id"),
                "--kind", "helpscout_oauth");
        try (TestServer server = TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()),
                routes -> { })) {
            Response token = new Client(server.baseUrl(), Map.of()).send("POST", "/v2/oauth2/token",
                    "grant_type=client_credentials&client_id=" + app.value("client_id") + "&client_secret="
                            + app.value("client_secret"), "application/x-www-form-urlencoded");
            Client v2 = new Client(server.baseUrl(), Map.of("Authorization", "Bearer "
                    + token.json().get("access_token").asText()));
            long mailbox = v2.get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong();
            Response created = v2.post("/v2/conversations", "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":"
                    + mailbox + ",\"status\":\"active\",\"customer\":{\"email\":\"c@x.test\"},"
                    + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            String conversation = created.header("Resource-ID");
            String reply = v2.post("/v2/conversations/" + conversation + "/reply",
                    "{\"customer\":{\"email\":\"c@x.test\"},\"text\":\"Done\"}").header("Resource-ID");

            String id = ok("ratings", "create", "--account", accountId, "--conversation", conversation, "--thread",
                    reply, "--rating", "great", "--comments", "Thanks!").value("rating_id");

            Response rating = v2.get("/v2/ratings/" + id);
            assertThat(rating.status()).isEqualTo(200);
            assertThat(rating.json().get("rating").asText()).isEqualTo("great");
            assertThat(rating.json().get("comments").asText()).isEqualTo("Thanks!");
            assertThat(v2.get("/v2/conversations/" + conversation + "/threads/" + reply).json()
                    .at("/rating/rating").asText()).isEqualTo("great");

            Cli.Run badLevel = run("ratings", "create", "--account", accountId, "--conversation", conversation,
                    "--thread", reply, "--rating", "superb");
            assertThat(badLevel.exitCode()).isEqualTo(2);
            assertThat(badLevel.err()).contains("--rating");
            Cli.Run noThread = run("ratings", "create", "--account", accountId, "--conversation", conversation,
                    "--thread", "999999", "--rating", "okay");
            assertThat(noThread.exitCode()).isEqualTo(1);
            assertThat(noThread.err()).contains("Thread not found");
        }
    }

    private Cli.Run run(String... args) {
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return Cli.run(withDataDir);
    }

    private Cli.Run ok(String... args) {
        Cli.Run run = run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
