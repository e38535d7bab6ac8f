package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.core.PageRequest;
import io.frontdesk.team.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `frontdesk teams …`: teams are created and filled here; the API lists them and replaces their members. */
@Command(name = "teams", mixinStandardHelpOptions = true,
        description = "Create and list teams, and add users to them.",
        subcommands = {TeamsCommand.Create.class, TeamsCommand.AddUser.class, TeamsCommand.ListAll.class})
public final class TeamsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a team.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--name", required = true, description = "Team name")
        String name;
        @Option(names = "--timezone", description = "IANA time zone (default UTC)")
        String timezone;

        @Override
        public Integer call() {
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                Team team = app.teams().create(account, name, timezone);
                System.out.println("team_id=" + team.id());
            }
            return 0;
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true, description = "Add a user to a team.")
    static final class AddUser implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--team", required = true, description = "Team id")
        long team;
        @Option(names = "--user", required = true, description = "User id")
        long user;

        @Override
        public Integer call() {
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                boolean added = app.teams().addMember(account, team, user);
                System.out.println(added ? "added" : "already a member");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's teams.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;

        @Override
        public Integer call() {
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                for (Team team : app.teams().list(account, new PageRequest(1, Integer.MAX_VALUE)).items()) {
                    System.out.println(team.id() + "\t" + team.name() + "\t" + team.timezone());
                }
            }
            return 0;
        }
    }
}
