package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.mailbox.Mailbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** `frontdesk mailboxes …`. */
@Command(name = "mailboxes", mixinStandardHelpOptions = true,
        description = "Create and list mailboxes, and define their custom fields.",
        subcommands = {MailboxesCommand.Create.class, MailboxesCommand.ListAll.class, MailboxFieldsCommand.class})
public final class MailboxesCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a mailbox.")
    static final class Create extends AccountCommand {
        @Option(names = "--name", required = true, description = "Mailbox name")
        String name;
        @Option(names = "--email", required = true, description = "The address replies are sent from")
        String email;

        @Override
        int run(Application app) {
            app.accounts().account(account);
            Mailbox mailbox = app.mailboxes().create(account, name, email);
            System.out.println("mailbox_id=" + mailbox.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's mailboxes.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            for (Mailbox mailbox : app.mailboxes().list(account)) {
                System.out.println(mailbox.id() + "\t" + mailbox.name() + "\t" + mailbox.email());
            }
            return 0;
        }
    }
}
