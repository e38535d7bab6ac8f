package io.frontdesk.cli;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `departments …` is `teams …` in HelpCrunch's words: what one command makes or fills, the other sees and changes, and
 * both dialects serve it. Run against the shared server's database, on both databases.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DepartmentsCommandTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private String account;
    private String owner;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        account = Long.toString(tenant.accountId());
        owner = Long.toString(tenant.owner().id());
    }

    @Test
    void a_department_is_a_team_and_a_team_is_a_department() {
        String department = ok("departments", "create", "--name", "Support").value("department_id");
        String team = ok("teams", "create", "--name", "Sales", "--timezone", "Europe/Prague").value("team_id");

        assertThat(ok("teams", "add-user", "--team", department, "--user", owner).out()).contains("added");
        assertThat(ok("departments", "add-agent", "--department", department, "--agent", owner).out())
                .contains("already a member");
        assertThat(ok("departments", "add-agent", "--department", team, "--agent", owner).out()).contains("added");
        assertThat(ok("teams", "add-user", "--team", team, "--user", owner).out()).contains("already a member");
        assertThat(ok("teams", "list").out().lines())
                .containsExactly(department + "\tSupport\tUTC", team + "\tSales\tEurope/Prague");
        assertThat(ok("departments", "list").out().lines())
                .containsExactly(department + "\tSupport", team + "\tSales");

        Response departments = tenant.hc().get("/departments");
        assertThat(departments.json().at("/data/1/id").asText()).isEqualTo(team);
        assertThat(departments.json().at("/data/1/agents/0/email").asText()).isEqualTo(tenant.owner().email());
        Response members = tenant.v2().get("/v2/teams/" + department + "/members");
        assertThat(members.json().at("/_embedded/users/0/id").asText()).isEqualTo(owner);
    }

    @Test
    void both_refuse_what_the_other_would_refuse_and_change_nothing() {
        String team = ok("teams", "create", "--name", "Sales").value("team_id");

        Cli.Run unknownAgent = run("departments", "add-agent", "--department", team, "--agent", "999999");
        Cli.Run unknownDepartment = run("departments", "add-agent", "--department", "999999", "--agent", owner);
        Cli.Run blankName = run("teams", "create", "--name", " ");

        assertThat(unknownAgent.exitCode()).as("%s", unknownAgent).isEqualTo(1);
        assertThat(unknownAgent.err()).contains("User not found");
        assertThat(unknownDepartment.exitCode()).as("%s", unknownDepartment).isEqualTo(1);
        assertThat(unknownDepartment.err()).contains("Team not found");
        assertThat(blankName.exitCode()).as("%s", blankName).isEqualTo(1);
        assertThat(ok("departments", "list").out().lines()).containsExactly(team + "\tSales");
        assertThat(tenant.v2().get("/v2/teams/" + team + "/members").json().at("/_embedded/users")).isEmpty();
    }

    /** Runs `frontdesk <command> <subcommand> --account <tenant> …` against the shared server's database. */
    private Cli.Run run(String command, String subcommand, String... options) {
        List<String> args = new ArrayList<>(List.of(command, subcommand, "--account", account,
                "--data-dir", tenant.server().dataDir().toString()));
        if (tenant.server().databaseUrl() != null) {
            args.addAll(List.of("--database-url", tenant.server().databaseUrl()));
        }
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli.Run ok(String command, String subcommand, String... options) {
        Cli.Run run = run(command, subcommand, options);
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
