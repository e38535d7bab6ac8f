package io.frontdesk.helpscout.v1;

import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.web.Dates;

import java.util.List;

/**
 * The 1.0 Mailbox object: `{id, name, slug, email, createdAt, modifiedAt, customFields}`, the same in lists and alone.
 * The docs add `folders` to a single mailbox; folders are not served yet, so the key is left out.
 */
record V1Mailbox(long id, String name, String slug, String email, String createdAt, String modifiedAt,
                 List<V1CustomField> customFields) {

    static V1Mailbox of(Mailbox mailbox, List<MailboxField> fields) {
        return new V1Mailbox(mailbox.id(), mailbox.name(), mailbox.slug(), mailbox.email(),
                Dates.iso(mailbox.createdAt()), Dates.iso(mailbox.updatedAt()),
                fields.stream().map(V1CustomField::of).toList());
    }
}
