package io.frontdesk.cli;

import io.frontdesk.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** `frontdesk conversations …`: what Help Scout does in its app and its API cannot (merging). */
@Command(name = "conversations", mixinStandardHelpOptions = true,
        description = "Work on conversations the API cannot: merge.",
        subcommands = {ConversationsCommand.Merge.class})
public final class ConversationsCommand {

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge one conversation into another: its threads move, and its id then answers 301 "
                    + "with the other's location for 60 days.")
    static final class Merge extends AccountCommand {
        @Option(names = "--from", required = true, description = "The conversation merged away")
        long from;
        @Option(names = "--into", required = true, description = "The conversation that keeps the threads")
        long into;

        @Override
        int run(Application app) {
            app.conversations().merge(account, from, into);
            System.out.println("merged " + from + " into " + into);
            return 0;
        }
    }
}
