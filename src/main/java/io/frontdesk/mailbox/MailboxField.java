package io.frontdesk.mailbox;

import java.util.List;

/**
 * A custom field defined on a mailbox; conversations of that mailbox carry values for it. {@code options} is empty
 * unless the type is {@link FieldType#DROPDOWN}. {@code required} is a hint for user interfaces: Help Scout does not
 * enforce it through the API, and neither does Frontdesk.
 */
public record MailboxField(long id, long mailboxId, String name, FieldType type, boolean required, int order,
                           List<FieldOption> options) {

    public MailboxField {
        options = List.copyOf(options);
    }

    /** What a stored value displays as: a dropdown option's label for its id, otherwise the value itself. */
    public String text(String value) {
        if (type != FieldType.DROPDOWN || value == null) {
            return value;
        }
        return options.stream().filter(option -> Long.toString(option.id()).equals(value)).map(FieldOption::label)
                .findFirst().orElse(value);
    }
}
