package io.frontdesk.mailbox;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Mailboxes of an account. */
public final class MailboxService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailboxStore store;
    private final Clock clock;

    public MailboxService(MailboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mailbox create(long accountId, String name, String email) {
        Validation validation = new Validation();
        if (name == null || name.isBlank()) {
            validation.add(FieldError.of("name", "NotEmpty", "may not be empty"));
        }
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            validation.add(FieldError.of("email", "Email", "Not well-formed email address", email));
        }
        validation.throwIfAny();
        // Help Scout slugs are 16 hex characters; web links use them.
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return store.create(accountId, name.trim(), HexFormat.of().formatHex(bytes), email.trim(), clock.instant());
    }

    public Optional<Mailbox> find(long accountId, long mailboxId) {
        return store.find(accountId, mailboxId);
    }

    public Mailbox get(long accountId, long mailboxId) {
        return find(accountId, mailboxId).orElseThrow(() -> ApiException.notFound("Mailbox not found"));
    }

    public List<Mailbox> list(long accountId) {
        return store.list(accountId);
    }

    /** One page of the account's mailboxes, oldest first. */
    public Page<Mailbox> page(long accountId, PageRequest request) {
        return store.page(accountId, request);
    }
}
