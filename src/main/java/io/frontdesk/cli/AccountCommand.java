package io.frontdesk.cli;

import picocli.CommandLine.Option;

/** An admin command about one account: {@code --account} beside what {@link StoreCommand} gives every command. */
abstract class AccountCommand extends StoreCommand {

    @Option(names = "--account", required = true, description = "Account id")
    long account;
}
