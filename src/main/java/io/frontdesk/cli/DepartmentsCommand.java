package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.core.PageRequest;
import io.frontdesk.team.Team;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * `frontdesk departments …`: HelpCrunch's departments, which are the core's teams (so a department is also a Help
 * Scout team). HelpCrunch's API only lists them; they are created and filled here.
 */
@Command(name = "departments", mixinStandardHelpOptions = true,
        description = "Create and list HelpCrunch departments (teams), and put agents in them.",
        subcommands = {DepartmentsCommand.Create.class, DepartmentsCommand.AddAgent.class,
                DepartmentsCommand.ListAll.class})
public final class DepartmentsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a department.")
    static final class Create extends AccountCommand {
        @Option(names = "--name", required = true, description = "Department name")
        String name;

        @Override
        int run(Application app) {
            Team team = app.teams().create(account, name, null);
            System.out.println("department_id=" + team.id());
            return 0;
        }
    }

    @Command(name = "add-agent", mixinStandardHelpOptions = true, description = "Put an agent (user) in a department.")
    static final class AddAgent extends AccountCommand {
        @Option(names = "--department", required = true, description = "Department id")
        long department;
        @Option(names = "--agent", required = true, description = "Agent (user) id")
        long agent;

        @Override
        int run(Application app) {
            boolean added = app.teams().addMember(account, department, agent);
            System.out.println(added ? "added" : "already a member");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's departments.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            for (Team team : app.teams().list(account, new PageRequest(1, Integer.MAX_VALUE)).items()) {
                System.out.println(team.id() + "\t" + team.name());
            }
            return 0;
        }
    }
}
