package io.frontdesk.mailbox;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of mailboxes. */
public interface MailboxStore {

    Mailbox create(long accountId, String name, String slug, String email, Instant now);

    Optional<Mailbox> find(long accountId, long mailboxId);

    List<Mailbox> list(long accountId);

    /** One page of the account's mailboxes by id. */
    Page<Mailbox> page(long accountId, PageRequest request);
}
