package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.core.PageRequest;
import io.frontdesk.team.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * `frontdesk teams …`: teams are created and filled here; the API lists them and replaces their members. The team
 * subcommands' work is done once, here: {@link DepartmentsCommand} is the same commands in HelpCrunch's words.
 */
@Command(name = "teams", mixinStandardHelpOptions = true,
        description = "Create and list teams, and add users to them.",
        subcommands = {TeamsCommand.Create.class, TeamsCommand.AddUser.class, TeamsCommand.ListAll.class})
public final class TeamsCommand {

    /** Creates a team and prints its id as `{idName}=…` (`department_id` in HelpCrunch's words). */
    static int create(Application app, long account, String name, String timezone, String idName) {
        Team team = app.teams().create(account, name, timezone);
        System.out.println(idName + "=" + team.id());
        return 0;
    }

    static int addMember(Application app, long account, long team, long user) {
        boolean added = app.teams().addMember(account, team, user);
        System.out.println(added ? "added" : "already a member");
        return 0;
    }

    /** One team a line: id, name and the time zone, which HelpCrunch's departments do not show. */
    static int list(Application app, long account, boolean withTimezone) {
        for (Team team : app.teams().list(account, new PageRequest(1, Integer.MAX_VALUE)).items()) {
            System.out.println(team.id() + "\t" + team.name() + (withTimezone ? "\t" + team.timezone() : ""));
        }
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a team.")
    static final class Create extends AccountCommand {
        @Option(names = "--name", required = true, description = "Team name")
        String name;
        @Option(names = "--timezone", description = "IANA time zone (default UTC)")
        String timezone;

        @Override
        int run(Application app) {
            return create(app, account, name, timezone, "team_id");
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true, description = "Add a user to a team.")
    static final class AddUser extends AccountCommand {
        @Option(names = "--team", required = true, description = "Team id")
        long team;
        @Option(names = "--user", required = true, description = "User id")
        long user;

        @Override
        int run(Application app) {
            return addMember(app, account, team, user);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's teams.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            return list(app, account, true);
        }
    }
}
