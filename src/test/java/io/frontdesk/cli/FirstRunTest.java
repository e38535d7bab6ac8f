package io.frontdesk.cli;

import io.frontdesk.testing.Await;
import io.frontdesk.testing.ChildCommand;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first commands, each a process of its own as in the README: first start on whichever command opens a
 * fresh store first, one server per SQLite data directory (admin commands still work beside it), and one line with
 * exit code 2 for a start that cannot happen, before anything is created.
 */
class FirstRunTest {

    @TempDir
    Path tmp;

    @Test
    void an_admin_command_before_the_first_serve_runs_first_start_so_the_readmes_commands_hold() throws IOException {
        // the README's working directory and default data directory (./data)
        ChildCommand.Result created = ChildCommand.run(tmp, Map.of(),
                "accounts", "create", "--name", "Acme", "--owner-email", "owner@acme.test");

        assertThat(created.exitCode()).as("%s", created).isZero();
        // standard output holds the command's answer alone; the log lines went to standard error
        assertThat(created.out()).isEqualTo("account_id=2\nowner_user_id=2\n");
        assertThat(created.err()).contains("database: SQLite").contains("First start: created account 1");
        Path credentials = tmp.resolve("data").resolve("credentials.txt");
        assertThat(Files.readString(credentials, StandardCharsets.UTF_8)).contains("account_id=1\n")
                .containsPattern("(?m)^helpscout_v1_api_key=\\S+$");

        String dataDir = tmp.resolve("data").toString();
        assertThat(ok("accounts", "add-user", "--account", "2", "--email", "agent@acme.test", "--first-name", "Ann",
                "--last-name", "Agent", "--data-dir", dataDir).value("user_id")).isEqualTo("3");
        Cli.Run app = ok("credentials", "create", "--account", "2", "--user", "2", "--kind", "helpscout_oauth",
                "--data-dir", dataDir);
        assertThat(app.value("credential_id")).isEqualTo("4");
        assertThat(ok("credentials", "authorize", "--client-id", app.value("client_id"), "--data-dir", dataDir)
                .value("code")).isNotBlank();
        assertThat(ok("credentials", "revoke", "--account", "2", "--id", "4", "--data-dir", dataDir).out())
                .isEqualTo("revoked credential 4\n");
        ok("mailboxes", "create", "--account", "2", "--name", "Sales", "--email", "sales@acme.test",
                "--data-dir", dataDir);
        ok("accounts", "set", "--account", "2", "--rate-limit-mode", "enforce", "--rate-limit-helpscout-v2", "800",
                "--data-dir", dataDir);
        // the next command finds the store set up: no second first start, the file left as it was
        assertThat(ok("accounts", "list", "--data-dir", dataDir).out()).contains("1\tFrontdesk\t", "2\tAcme\t");
        assertThat(Files.readString(credentials, StandardCharsets.UTF_8)).contains("account_id=1\n");
    }

    /** Every account command opens the store the same way; teams, tags and webhooks once skipped first start. */
    @ParameterizedTest
    @ValueSource(strings = {"teams list", "webhooks list", "departments list", "applications list",
            "mailboxes list", "credentials list"})
    void every_account_command_on_a_fresh_store_runs_first_start(String command) throws IOException {
        Path dataDir = tmp.resolve(command.replace(' ', '-'));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--account", "1", "--data-dir", dataDir.toString()));

        Cli.Run run = ok(args.toArray(String[]::new));

        assertThat(run.err()).contains("First start: created account 1");
        assertThat(Files.readString(dataDir.resolve("credentials.txt"), StandardCharsets.UTF_8))
                .contains("account_id=1\n");
    }

    @Test
    void a_second_server_on_one_sqlite_directory_is_refused_while_admin_commands_work_beside_the_first() {
        Path dataDir = tmp.resolve("data");
        try (ChildServer server = ChildServer.start(ChildServer.options("first-run", dataDir))) {
            ChildCommand.Result second = ChildCommand.run(tmp, Map.of(),
                    "serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir.toString());

            assertThat(second.exitCode()).as("%s", second).isEqualTo(2);
            assertThat(second.errLines()).as("%s", second).singleElement().asString()
                    .contains("FRONTDESK_DATA_DIR", "in use by another Frontdesk server (pid " + server.pid() + ")");
            assertThat(second.err()).doesNotContain("\tat ");

            // serve ran first start: the README's account 2 is the next one an operator creates, beside the server
            Cli.Run account = ok("accounts", "create", "--name", "Acme", "--owner-email", "owner@acme.test",
                    "--data-dir", dataDir.toString());
            assertThat(account.value("account_id")).isEqualTo("2");
            String key = ok("credentials", "create", "--account", "2", "--user", account.value("owner_user_id"),
                    "--kind", "helpscout_key", "--data-dir", dataDir.toString()).value("key");
            Client v1 = new Client(server.baseUrl(), Map.of("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((key + ":X").getBytes(StandardCharsets.UTF_8))));
            Await.until("the new key answered", Duration.ofSeconds(10),
                    () -> v1.get("/v1/users/me.json").status() == 200);

            // the operating system drops the lock with the process, however it ends
            server.kill();
            try (ChildServer again = server.restart()) {
                assertThat(again.v1().get("/v1/users/me.json").status()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_busy_port_stops_the_start_in_one_line_before_anything_is_created() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            ChildCommand.Result run = ChildCommand.run(tmp, Map.of(),
                    "serve", "--host", "127.0.0.1", "--port", Integer.toString(port));

            assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
            assertThat(run.errLines()).as("%s", run).singleElement().asString()
                    .contains("FRONTDESK_PORT", "port " + port, "in use");
            assertThat(run.err()).doesNotContain("\tat ");
            assertThat(tmp.resolve("data")).doesNotExist();
        }
    }

    @Test
    void an_unusable_data_directory_is_one_line_naming_the_data_directory_and_the_reason() throws IOException {
        Files.writeString(tmp.resolve("a-file"), "not a directory");
        Files.createDirectories(tmp.resolve("blocked").resolve("frontdesk.db"));

        ChildCommand.Result file = ChildCommand.run(tmp, Map.of(),
                "serve", "--port", "0", "--data-dir", tmp.resolve("a-file").resolve("data").toString());
        ChildCommand.Result database = ChildCommand.run(tmp, Map.of(),
                "migrate", "--data-dir", tmp.resolve("blocked").toString());

        assertThat(file.exitCode()).as("%s", file).isEqualTo(2);
        assertThat(file.errLines()).as("%s", file).singleElement().asString()
                .contains("FRONTDESK_DATA_DIR", "not a directory");
        assertThat(database.exitCode()).as("%s", database).isEqualTo(2);
        // SQLite's file cannot be opened: the data directory is what to fix, not a database URL nobody set
        assertThat(database.errLines()).as("%s", database).singleElement().asString()
                .contains("FRONTDESK_DATA_DIR", "frontdesk.db").doesNotContain("DATABASE_URL");
        assertThat(file.err() + database.err()).doesNotContain("\tat ");
    }

    @Test
    void an_unexpected_failure_is_one_line_too_with_its_reasons() throws IOException {
        // a directory where first start writes its credentials file: nothing a config value names, so exit code 1
        Files.createDirectories(tmp.resolve("data").resolve("credentials.txt").resolve("in-the-way"));

        Cli.Run run = Cli.run("migrate", "--data-dir", tmp.resolve("data").toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.err().lines()).as("%s", run).singleElement().asString()
                .startsWith("frontdesk: failed: cannot write credentials.txt in ")
                .contains("FRONTDESK_LOG_LEVEL=debug");
    }

    private static Cli.Run ok(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
