package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.channel.Channel;
import io.frontdesk.channel.ChannelType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;


/**
 * `frontdesk applications …`: the channels chats come through (HelpCrunch's applications, `GET /applications`), each
 * in one mailbox. HelpCrunch's API cannot create them, so the command line does.
 */
@Command(name = "applications", mixinStandardHelpOptions = true,
        description = "Create and list chat applications (web widgets, mobile apps) of a mailbox.",
        subcommands = {ApplicationsCommand.Create.class, ApplicationsCommand.ListAll.class})
public final class ApplicationsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an application in a mailbox.")
    static final class Create extends AccountCommand {
        @Option(names = "--mailbox", required = true, description = "The mailbox its chats land in")
        long mailbox;
        @Option(names = "--name", required = true, description = "Internal name")
        String name;
        @Option(names = "--display-name", description = "Name shown to customers (default: the name)")
        String displayName;
        @Option(names = "--type", defaultValue = "widget", converter = TypeConverter.class,
                description = "widget, ios or android (default: ${DEFAULT-VALUE})")
        ChannelType type;

        @Override
        int run(Application app) {
            app.accounts().account(account);
            Channel channel = app.channels().create(account, mailbox, name, displayName, type);
            System.out.println("application_id=" + channel.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an account's applications.")
    static final class ListAll extends AccountCommand {

        @Override
        int run(Application app) {
            for (Channel channel : app.channels().list(account)) {
                System.out.println(channel.id() + "\t" + channel.name() + "\t" + channel.type().token()
                        + "\tmailbox=" + channel.mailboxId());
            }
            return 0;
        }
    }

    /** A typo in `--type` is a usage error (exit 2) naming the choices. */
    static final class TypeConverter implements ITypeConverter<ChannelType> {
        @Override
        public ChannelType convert(String value) {
            return ChannelType.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not an application type: use widget, ios or android"));
        }
    }
}
