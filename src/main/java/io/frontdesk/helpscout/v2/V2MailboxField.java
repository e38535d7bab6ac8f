package io.frontdesk.helpscout.v2;

import io.frontdesk.mailbox.MailboxField;

import java.util.List;

/**
 * A custom field definition in `GET /v2/mailboxes/{id}/fields`: `{id, required, order, type, name, options}`. `type`
 * is `dropdown`, `singleline`, `multiline`, `number` or `date`; `options` is empty for all but dropdowns.
 */
record V2MailboxField(long id, boolean required, int order, String type, String name, List<Option> options) {

    /** One dropdown choice; conversations name it by id. */
    record Option(long id, int order, String label) {
    }

    static V2MailboxField of(MailboxField field) {
        return new V2MailboxField(field.id(), field.required(), field.order(), field.type().token(), field.name(),
                field.options().stream().map(o -> new Option(o.id(), o.order(), o.label())).toList());
    }
}
