package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.error.ApiException;
import io.frontdesk.mailbox.FieldOption;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** `frontdesk mailboxes fields …`: the custom fields conversations of a mailbox carry. */
@Command(name = "fields", mixinStandardHelpOptions = true, description = "Define and list a mailbox's custom fields.",
        subcommands = {MailboxFieldsCommand.Create.class, MailboxFieldsCommand.ListAll.class})
public final class MailboxFieldsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Define a custom field on a mailbox.")
    static final class Create extends AccountCommand {
        @Option(names = "--mailbox", required = true, description = "Mailbox id")
        long mailbox;
        @Option(names = "--name", required = true, description = "Field name, unique in the mailbox")
        String name;
        @Option(names = "--type", required = true, converter = TypeConverter.class,
                description = "dropdown, singleline, multiline, number or date")
        FieldType type;
        @Option(names = "--required", description = "Mark the field required (a hint for user interfaces)")
        boolean required;
        @Option(names = "--order", description = "Position 0-255 (default: after the mailbox's other fields)")
        Integer order;
        @Option(names = "--option", description = "A dropdown choice; repeat for each, in display order")
        List<String> options = new ArrayList<>();

        @Override
        int run(Application app) {
            int position = order != null ? order
                    : Math.min(app.mailboxFields().list(account, mailbox).size() + 1, 255);
            MailboxField field = app.mailboxFields().create(account, mailbox, name, type, required, position,
                    options);
            System.out.println("field_id=" + field.id());
            if (!field.options().isEmpty()) {
                System.out.println("option_ids=" + field.options().stream().map(o -> Long.toString(o.id()))
                        .collect(Collectors.joining(",")));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a mailbox's custom fields.")
    static final class ListAll extends AccountCommand {
        @Option(names = "--mailbox", required = true, description = "Mailbox id")
        long mailbox;

        /** One field a line: id, name, type, required, order, then the options as `id:label` joined by `|`. */
        @Override
        int run(Application app) {
            for (MailboxField field : app.mailboxFields().list(account, mailbox)) {
                String options = field.options().stream().map(MailboxFieldsCommand::option)
                        .collect(Collectors.joining("|"));
                System.out.println(field.id() + "\t" + field.name() + "\t" + field.type().token()
                        + "\trequired=" + field.required() + "\torder=" + field.order() + "\toptions=" + options);
            }
            return 0;
        }
    }

    private static String option(FieldOption option) {
        return option.id() + ":" + option.label();
    }

    /** Reads `--type` like the API does, so a typo is a usage error (exit 2) naming the choices. */
    static final class TypeConverter implements ITypeConverter<FieldType> {
        @Override
        public FieldType convert(String value) {
            try {
                return FieldType.parse(value);
            } catch (ApiException e) {
                throw new TypeConversionException("'" + value + "' is not a field type: use dropdown, singleline, "
                        + "multiline, number or date");
            }
        }
    }
}
