package io.frontdesk.cli;

import io.frontdesk.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * `frontdesk departments …`: HelpCrunch's departments, which are the core's teams (so a department is also a Help
 * Scout team). HelpCrunch's API only lists them; they are created and filled here. Only the words are HelpCrunch's:
 * each subcommand hands its options to {@link TeamsCommand}, which does the work for both.
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
            return TeamsCommand.create(app, account, name, null, "department_id");
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
            return TeamsCommand.addMember(app, account, department, agent);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's departments.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            return TeamsCommand.list(app, account, false);
        }
    }
}
