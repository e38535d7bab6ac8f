package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.mailbox.Mailbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** `frontdesk mailboxes …`. */
@Command(name = "mailboxes", mixinStandardHelpOptions = true,
        description = "Create and list mailboxes, and define their custom fields.",
        subcommands = {MailboxesCommand.Create.class, MailboxesCommand.ListAll.class, MailboxFieldsCommand.class})
public final class MailboxesCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a mailbox.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;
        @Option(names = "--name", required = true, description = "Mailbox name")
        String name;
        @Option(names = "--email", required = true, description = "The address replies are sent from")
        String email;

        @Override
        public Integer call() {
            try (Application app = Store.open(spec)) {
                app.accounts().account(account);
                Mailbox mailbox = app.mailboxes().create(account, name, email);
                System.out.println("mailbox_id=" + mailbox.id());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's mailboxes.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--account", required = true, description = "Account id")
        long account;

        @Override
        public Integer call() {
            try (Application app = Store.open(spec)) {
                for (Mailbox mailbox : app.mailboxes().list(account)) {
                    System.out.println(mailbox.id() + "\t" + mailbox.name() + "\t" + mailbox.email());
                }
            }
            return 0;
        }
    }
}
