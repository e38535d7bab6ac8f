package io.frontdesk.conversation;

import io.frontdesk.mailbox.MailboxField;

import java.util.List;

/**
 * The custom fields a mailbox defines, ordered for display. A port, so the conversation core depends on the mailbox
 * field definitions only through this one question.
 */
@FunctionalInterface
public interface FieldCatalog {

    List<MailboxField> fields(long accountId, long mailboxId);

    /** No mailbox defines any field. */
    FieldCatalog NONE = (accountId, mailboxId) -> List.of();
}
