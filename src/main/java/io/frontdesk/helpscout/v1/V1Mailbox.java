package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Folder;

import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.web.Dates;

import java.util.List;

/**
 * The 1.0 Mailbox object: `{id, name, slug, email, createdAt, modifiedAt, customFields}` in lists; a single mailbox
 * adds its `folders` with their counts, as the docs and the Java SDK have it.
 */
@JsonPropertyOrder({"id", "name", "slug", "email", "createdAt", "modifiedAt", "customFields", "folders"})
record V1Mailbox(long id, String name, String slug, String email, String createdAt, String modifiedAt,
                 List<V1CustomField> customFields, @JsonInclude(JsonInclude.Include.NON_NULL) List<V1Folder> folders) {

    static V1Mailbox of(Mailbox mailbox, List<MailboxField> fields) {
        return of(mailbox, fields, null);
    }

    /** @param folders the mailbox's folders, or null to leave the key out (lists) */
    static V1Mailbox of(Mailbox mailbox, List<MailboxField> fields, List<Folder> folders) {
        return new V1Mailbox(mailbox.id(), mailbox.name(), mailbox.slug(), mailbox.email(),
                Dates.iso(mailbox.createdAt()), Dates.iso(mailbox.updatedAt()),
                fields.stream().map(V1CustomField::of).toList(),
                folders == null ? null : folders.stream().map(V1Folder::of).toList());
    }
}
