package io.frontdesk.mailbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Persistence of mailbox custom field definitions and their dropdown options. */
public interface MailboxFieldStore {

    /** Stores a field and its options, the options ordered 1, 2, … as given. */
    MailboxField create(long accountId, long mailboxId, String name, FieldType type, boolean required, int order,
                        List<String> optionLabels, Instant now);

    /**
     * The fields of these mailboxes of the account, each list ordered by `order` then id; mailboxes without fields
     * (or not the account's) are absent from the map.
     */
    Map<Long, List<MailboxField>> listByMailbox(long accountId, Collection<Long> mailboxIds);
}
