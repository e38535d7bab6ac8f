package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.conversation.RatingLevel;
import io.frontdesk.rating.NewRating;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;


/**
 * `frontdesk ratings create`: records a customer's rating of a reply. Help Scout's API has no way to create one (the
 * customer rates from the reply's email); this is the documented path until email ratings land, and the sandbox's
 * admin API calls the same core service.
 */
@Command(name = "ratings", mixinStandardHelpOptions = true,
        description = "Record customers' ratings of replies (Great / Okay / Not Good).",
        subcommands = {RatingsCommand.Create.class})
public final class RatingsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Record the conversation customer's rating of a published reply; rating again changes it.")
    static final class Create extends AccountCommand {
        @Option(names = "--conversation", required = true, description = "Conversation id")
        long conversation;
        @Option(names = "--thread", required = true, description = "The rated reply thread's id")
        long thread;
        @Option(names = "--rating", required = true, description = "great, okay or not_good")
        String rating;
        @Option(names = "--comments", description = "What the customer wrote with the rating")
        String comments;

        @Override
        void check() {
            level();
        }

        @Override
        int run(Application app) {
            long id = app.ratings().rate(account, new NewRating(conversation, thread, level(), comments));
            System.out.println("rating_id=" + id);
            return 0;
        }

        private RatingLevel level() {
            return RatingLevel.parse(rating).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--rating must be great, okay or not_good, not '" + rating + "'"));
        }
    }
}
