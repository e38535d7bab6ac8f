package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.core.PageRequest;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `frontdesk workflows …`: Help Scout's API cannot create workflows, so they are created here from a JSON definition
 * (docs/workflows.md); the API lists, switches and runs them.
 */
@Command(name = "workflows", mixinStandardHelpOptions = true,
        description = "Create, list, activate, deactivate and delete workflows.",
        subcommands = {WorkflowsCommand.Create.class, WorkflowsCommand.ListAll.class, WorkflowsCommand.Activate.class,
                WorkflowsCommand.Deactivate.class, WorkflowsCommand.Delete.class})
public final class WorkflowsCommand {

    /** The options every subcommand that names one workflow takes. */
    abstract static class Target extends AccountCommand {
        @Option(names = "--workflow", required = true, description = "Workflow id")
        long workflow;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a workflow of a mailbox from a JSON definition (docs/workflows.md).")
    static final class Create extends AccountCommand {
        @Option(names = "--mailbox", required = true, description = "Mailbox id")
        long mailbox;
        @Option(names = "--file", required = true, description = "The definition: a JSON file")
        Path file;

        private String json;

        @Override
        void check() {
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        @Override
        int run(Application app) {
            Workflow workflow = app.workflows().create(account, WorkflowFile.read(json, mailbox));
            System.out.println("workflow_id=" + workflow.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's workflows.")
    static final class ListAll extends AccountCommand {
        @Option(names = "--mailbox", description = "Only this mailbox's")
        Long mailbox;

        @Override
        int run(Application app) {
            for (Workflow w : app.workflows().list(account, new WorkflowFilter(mailbox, null),
                    new PageRequest(1, Integer.MAX_VALUE)).items()) {
                System.out.println(w.id() + "\t" + w.mailboxId() + "\t" + w.order() + "\t" + w.type().token()
                        + "\t" + w.status().token() + "\t" + w.name());
            }
            return 0;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Switch a workflow on.")
    static final class Activate extends Target {
        @Override
        int run(Application app) {
            app.workflows().setStatus(account, workflow, WorkflowStatus.ACTIVE);
            System.out.println(WorkflowStatus.ACTIVE.token());
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "Switch a workflow off.")
    static final class Deactivate extends Target {
        @Override
        int run(Application app) {
            app.workflows().setStatus(account, workflow, WorkflowStatus.INACTIVE);
            System.out.println(WorkflowStatus.INACTIVE.token());
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a workflow; later ones of its mailbox move up one place.")
    static final class Delete extends Target {
        @Override
        int run(Application app) {
            app.workflows().delete(account, workflow);
            System.out.println("deleted");
            return 0;
        }
    }
}
