package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.core.PageRequest;
import io.frontdesk.workflow.Workflow;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
    static class Target {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--workflow", required = true, description = "Workflow id")
        long workflow;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a workflow of a mailbox from a JSON definition (docs/workflows.md).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--mailbox", required = true, description = "Mailbox id")
        long mailbox;
        @Option(names = "--file", required = true, description = "The definition: a JSON file")
        Path file;

        @Override
        public Integer call() {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                Workflow workflow = app.workflows().create(account, WorkflowFile.read(json, mailbox));
                System.out.println("workflow_id=" + workflow.id());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's workflows.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--mailbox", description = "Only this mailbox's")
        Long mailbox;

        @Override
        public Integer call() {
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                for (Workflow w : app.workflows().list(account, new WorkflowFilter(mailbox, null),
                        new PageRequest(1, Integer.MAX_VALUE)).items()) {
                    System.out.println(w.id() + "\t" + w.mailboxId() + "\t" + w.order() + "\t" + w.type().token()
                            + "\t" + w.status().token() + "\t" + w.name());
                }
            }
            return 0;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Switch a workflow on.")
    static final class Activate extends Target implements Callable<Integer> {
        @Override
        public Integer call() {
            return status(this, WorkflowStatus.ACTIVE);
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = "Switch a workflow off.")
    static final class Deactivate extends Target implements Callable<Integer> {
        @Override
        public Integer call() {
            return status(this, WorkflowStatus.INACTIVE);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a workflow; later ones of its mailbox move up one place.")
    static final class Delete extends Target implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Application app = Application.open(ConfigOptions.load(spec, System.getenv()))) {
                app.workflows().delete(account, workflow);
                System.out.println("deleted");
            }
            return 0;
        }
    }

    private static int status(Target target, WorkflowStatus status) {
        try (Application app = Application.open(ConfigOptions.load(target.spec, System.getenv()))) {
            app.workflows().setStatus(target.account, target.workflow, status);
            System.out.println(status.token());
        }
        return 0;
    }
}
