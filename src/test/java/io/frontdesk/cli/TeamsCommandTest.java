package io.frontdesk.cli;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `teams create`, `teams add-user` and `teams list`: what they make is what `GET /v2/teams` shows. */
class TeamsCommandTest {

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
    void a_team_created_and_filled_on_the_command_line_is_served_with_its_members() {
        String teamId = ok("teams", "create", "--account", accountId, "--name", "Tier Two", "--timezone",
                "Europe/Prague").value("team_id");
        assertThat(ok("teams", "add-user", "--account", accountId, "--team", teamId, "--user", ownerId).out())
                .contains("added");
        assertThat(ok("teams", "add-user", "--account", accountId, "--team", teamId, "--user", ownerId).out())
                .contains("already a member");
        assertThat(ok("teams", "list", "--account", accountId).out())
                .contains(teamId + "\tTier Two\tEurope/Prague");
        Cli.Run app = ok("credentials", "create", "--account", accountId, "--user", ownerId, "--kind",
                "helpscout_oauth");
        String secret = app.value("client_secret");
        String clientId = app.value("client_id");

        try (TestServer server = TestServer.start(Backend.SQLITE, Map.of(ConfigKey.DATA_DIR, dataDir.toString()),
                routes -> { })) {
            Client anonymous = new Client(server.baseUrl(), Map.of());
            Response token = anonymous.send("POST", "/v2/oauth2/token", "grant_type=client_credentials&client_id="
                    + clientId + "&client_secret=" + secret, "application/x-www-form-urlencoded");
            assertThat(token.status()).as("%s", token).isEqualTo(200);
            Client v2 = new Client(server.baseUrl(), Map.of("Authorization", "Bearer "
                    + token.json().get("access_token").asText()));
            Response teams = v2.get("/v2/teams");
            assertThat(teams.json().at("/_embedded/teams/0/name").asText()).isEqualTo("Tier Two");
            assertThat(teams.json().at("/_embedded/teams/0/initials").asText()).isEqualTo("TT");
            Response members = v2.get("/v2/teams/" + teamId + "/members");
            assertThat(members.json().at("/_embedded/users/0/email").asText()).isEqualTo("a@b.c");
        }
    }

    @Test
    void unknown_users_teams_and_bad_time_zones_exit_1_naming_them() {
        String teamId = ok("teams", "create", "--account", accountId, "--name", "Sales").value("team_id");
        Cli.Run noUser = run("teams", "add-user", "--account", accountId, "--team", teamId, "--user", "99");
        assertThat(noUser.exitCode()).as("%s", noUser).isEqualTo(1);
        assertThat(noUser.err()).contains("User not found");
        Cli.Run noTeam = run("teams", "add-user", "--account", accountId, "--team", "99", "--user", ownerId);
        assertThat(noTeam.exitCode()).isEqualTo(1);
        assertThat(noTeam.err()).contains("Team not found");
        Cli.Run badZone = run("teams", "create", "--account", accountId, "--name", "X", "--timezone", "Mars/Base");
        assertThat(badZone.exitCode()).isEqualTo(1);
        assertThat(badZone.err()).contains("timezone");
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
