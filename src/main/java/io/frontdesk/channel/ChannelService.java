package io.frontdesk.channel;

import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.mailbox.MailboxService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The channels of an account; each is created in one of the account's mailboxes. */
public final class ChannelService {

    static final int NAME = 100;

    private final ChannelStore store;
    private final MailboxService mailboxes;
    private final Transactions tx;
    private final Clock clock;

    public ChannelService(ChannelStore store, MailboxService mailboxes, Transactions tx, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code displayName} null means the name. An unknown mailbox of the account is a 404. */
    public Channel create(long accountId, long mailboxId, String name, String displayName, ChannelType type) {
        Validation validation = new Validation();
        checkName(validation, "name", name);
        if (displayName != null) {
            checkName(validation, "displayName", displayName);
        }
        validation.throwIfAny();
        return tx.inTransaction(() -> {
            mailboxes.get(accountId, mailboxId);
            return store.insert(accountId, mailboxId, name.trim(), displayName == null ? name.trim()
                    : displayName.trim(), type, clock.instant());
        });
    }

    public List<Channel> list(long accountId) {
        return store.list(accountId);
    }

    public Optional<Channel> find(long accountId, long channelId) {
        return store.find(accountId, channelId);
    }

    public Channel get(long accountId, long channelId) {
        return find(accountId, channelId).orElseThrow(() -> ApiException.notFound("Application not found"));
    }

    private static void checkName(Validation validation, String field, String value) {
        if (value == null || value.isBlank() || value.length() > NAME) {
            validation.add(FieldError.of(field, "Size", "must be 1-" + NAME + " characters", value));
        }
    }
}
