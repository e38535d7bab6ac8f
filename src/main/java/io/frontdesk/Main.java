package io.frontdesk;

import io.frontdesk.bench.BenchCommand;
import io.frontdesk.cli.AccountsCommand;
import io.frontdesk.cli.ConfigOptions;
import io.frontdesk.cli.CdsTrainingCommand;
import io.frontdesk.cli.ConversationsCommand;
import io.frontdesk.cli.CredentialsCommand;
import io.frontdesk.cli.MailboxesCommand;
import io.frontdesk.cli.MigrateCommand;
import io.frontdesk.cli.ServeCommand;
import io.frontdesk.config.ConfigException;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
        all.put("migrate", MigrateCommand::new);
        all.put("accounts", AccountsCommand::new);
        all.put("credentials", CredentialsCommand::new);
        all.put("mailboxes", MailboxesCommand::new);
        all.put("conversations", ConversationsCommand::new);
        all.put("bench", BenchCommand::new);
        all.put("cds-training", CdsTrainingCommand::new);
        return Collections.unmodifiableMap(all);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? commandLine(args[0]) : commandLine();
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
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
            throw e;
        });
        return cli.execute(args);
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
