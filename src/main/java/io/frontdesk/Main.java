package io.frontdesk;

import io.frontdesk.cli.AccountsCommand;
import io.frontdesk.cli.ConfigOptions;
import io.frontdesk.cli.CdsTrainingCommand;
import io.frontdesk.cli.ConversationsCommand;
import io.frontdesk.cli.CredentialsCommand;
import io.frontdesk.cli.DepartmentsCommand;
import io.frontdesk.cli.ExportCommand;
import io.frontdesk.cli.ApplicationsCommand;
import io.frontdesk.cli.MailboxesCommand;
import io.frontdesk.cli.RatingsCommand;
import io.frontdesk.cli.TeamsCommand;
import io.frontdesk.cli.WorkflowsCommand;
import io.frontdesk.cli.MigrateCommand;
import io.frontdesk.cli.OptionSuggestion;
import io.frontdesk.cli.SandboxArguments;
import io.frontdesk.cli.SandboxCommand;
import io.frontdesk.cli.SchemaTemplateCommand;
import io.frontdesk.cli.ServeCommand;
import io.frontdesk.cli.ReportsCommand;
import io.frontdesk.cli.TagsCommand;
import io.frontdesk.cli.WebhooksCommand;
import io.frontdesk.config.ConfigException;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.logging.StartupPhases;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The `frontdesk` command line. */
@Command(name = "frontdesk", mixinStandardHelpOptions = true, version = "Frontdesk 0.1.0",
        description = "Self-hostable helpdesk server speaking the Help Scout and HelpCrunch APIs.")
public final class Main {

    /**
     * The subcommands, by name. picocli builds a command's model by reflection, and every runnable command also takes
     * every config flag: building all of them costs about a tenth of a second of a server's start, so a run builds
     * only the subcommand it names (the whole tree when it names none, for the top-level help).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("serve", ServeCommand::new);
        all.put("sandbox", SandboxCommand::new);
        all.put("migrate", MigrateCommand::new);
        all.put("accounts", AccountsCommand::new);
        all.put("credentials", CredentialsCommand::new);
        all.put("mailboxes", MailboxesCommand::new);
        all.put("applications", ApplicationsCommand::new);
        all.put("departments", DepartmentsCommand::new);
        all.put("webhooks", WebhooksCommand::new);
        all.put("teams", TeamsCommand::new);
        all.put("conversations", ConversationsCommand::new);
        all.put("tags", TagsCommand::new);
        all.put("ratings", RatingsCommand::new);
        all.put("workflows", WorkflowsCommand::new);
        all.put("reports", ReportsCommand::new);
        all.put("export", ExportCommand::new);
        all.put("cds-training", CdsTrainingCommand::new);
        all.put("schema-template", SchemaTemplateCommand::new);
        return Collections.unmodifiableMap(all);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        StartupPhases.mark("main entered");
        // the usual `sandbox` line is read without loading picocli (SandboxArguments says why); any other goes to it
        Optional<SandboxArguments> sandbox = SandboxArguments.read(args);
        if (sandbox.isPresent()) {
            try {
                return sandbox.get().run();
            } catch (Exception e) {
                return failure(e);
            }
        }
        CommandLine cli = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? commandLine(args[0]) : commandLine();
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e));
        return cli.execute(args);
    }

    /**
     * A mistake on the command line: the error, the nearest option when one was mistyped, and where the usage is, not
     * the whole usage (for an admin command, a hundred lines that pushed the error off the screen).
     */
    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine.ParameterException e = error;
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        List<String> unknown = command.getUnmatchedArguments();
        if (e instanceof CommandLine.MissingParameterException && !unknown.isEmpty()) {
            // picocli reports a required option missing before an unknown one, which is usually its misspelling
            e = new CommandLine.UnmatchedArgumentException(command, unknown);
        }
        err.println("frontdesk: " + e.getMessage());
        if (!command.getSubcommands().isEmpty() && !(e instanceof CommandLine.UnmatchedArgumentException)) {
            // `frontdesk` or `frontdesk accounts` alone: the short list of what comes next is the answer
            command.usage(err);
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        }
        Optional<String> nearest = unknown.stream().filter(arg -> arg.startsWith("--")).findFirst()
                .flatMap(arg -> OptionSuggestion.nearest(arg, command.getCommandSpec()));
        if (nearest.isPresent()) {
            err.println("Did you mean " + nearest.get() + "?");
        } else {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Every failure is one line on standard error: 2 for configuration (a bad value, a port in use, a data directory
     * that cannot be used or is another server's), 1 for the rest. The stack trace of an unexpected one is logged at
     * DEBUG, for a bug report, and otherwise kept out of the operator's way.
     */
    private static int failure(Exception e) {
        if (e instanceof ConfigException) {
            System.err.println("frontdesk: configuration error: " + e.getMessage());
            return 2;
        }
        if (e instanceof ApiException api) {
            StringBuilder message = new StringBuilder("frontdesk: ").append(api.getMessage());
            for (FieldError field : api.errors()) {
                message.append("\n  ").append(field.path()).append(": ").append(field.message());
            }
            System.err.println(message);
            return 1;
        }
        LoggerFactory.getLogger(Main.class).debug("command failed", e);
        System.err.println("frontdesk: failed: " + reasons(e) + " (FRONTDESK_LOG_LEVEL=debug logs the stack trace)");
        return 1;
    }

    /** The messages down the cause chain, each once: the outermost says what failed, the innermost why. */
    static String reasons(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(message);
            }
        }
        return text.toString().replace('\n', ' ');
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet().toArray(String[]::new));
    }

    private static CommandLine commandLine(String... subcommands) {
        CommandLine cli = new CommandLine(new Main());
        for (String name : subcommands) {
            cli.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        addConfigOptions(cli);
        return cli;
    }

    /** Every runnable admin command takes every config flag, so `--database-url` works the same for serve and for admin. */
    private static void addConfigOptions(CommandLine command) {
        Object command0 = command.getCommandSpec().userObject();
        if (command0 instanceof java.util.concurrent.Callable<?>
                && command0.getClass().getPackageName().equals("io.frontdesk.cli")) {
            ConfigOptions.addTo(command.getCommandSpec());
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            addConfigOptions(sub);
        }
    }
}
