package io.frontdesk;

import io.frontdesk.bench.BenchCommand;
import io.frontdesk.cli.AccountsCommand;
import io.frontdesk.cli.ConfigOptions;
import io.frontdesk.cli.CdsTrainingCommand;
import io.frontdesk.cli.CredentialsCommand;
import io.frontdesk.cli.MailboxesCommand;
import io.frontdesk.cli.MigrateCommand;
import io.frontdesk.cli.ServeCommand;
import io.frontdesk.config.ConfigException;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `frontdesk` command line. */
@Command(name = "frontdesk", mixinStandardHelpOptions = true, version = "Frontdesk 0.1.0",
        description = "Self-hostable helpdesk server speaking the Help Scout and HelpCrunch APIs.",
        subcommands = {ServeCommand.class, MigrateCommand.class, AccountsCommand.class, CredentialsCommand.class,
                MailboxesCommand.class, BenchCommand.class, CdsTrainingCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
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

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
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
