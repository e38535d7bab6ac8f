package io.frontdesk.mailbox;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.User;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mailbox routing (Help Scout's `/v2/mailboxes/{id}/routing`): the settings are stored and shown with the rotation
 * they give. Assigning new conversations by them is not done yet (docs/helpscout-v2.md).
 */
public final class RoutingService {

    private final RoutingStore store;
    private final MailboxService mailboxes;
    private final AccountService accounts;
    private final Transactions tx;
    private final Clock clock;

    public RoutingService(RoutingStore store, MailboxService mailboxes, AccountService accounts, Transactions tx,
                          Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    public RoutingView get(long accountId, long mailboxId) {
        mailboxes.get(accountId, mailboxId);
        Routing routing = store.find(mailboxId).orElse(Routing.unset());
        Map<Long, Long> counts = store.activeCounts(mailboxId);
        Set<Long> inRotation = new HashSet<>(routing.userIds());
        List<RotationEntry> rotation = new ArrayList<>();
        for (User user : accounts.users(accountId)) {
            long count = counts.getOrDefault(user.id(), 0L);
            RotationEntry.Reason reason = !inRotation.contains(user.id()) ? RotationEntry.Reason.NOT_IN_ROTATION
                    : routing.assignmentLimit() != null && count >= routing.assignmentLimit()
                    ? RotationEntry.Reason.AT_CAPACITY : null;
            rotation.add(new RotationEntry(user.id(), count, reason));
        }
        return new RoutingView(mailboxId, routing, rotation);
    }

    /**
     * Replaces the settings (Help Scout's PUT is a full replacement): the limit 1-100, every user id a user of the
     * account, at least one when enabled; duplicates keep their first place.
     */
    public void replace(long accountId, long mailboxId, Routing routing) {
        tx.run(() -> {
            mailboxes.get(accountId, mailboxId);
            Validation validation = new Validation();
            if (routing.assignmentLimit() == null || routing.assignmentLimit() < Routing.MIN_LIMIT
                    || routing.assignmentLimit() > Routing.MAX_LIMIT) {
                validation.add(FieldError.of("assignmentLimit", "Range", "must be between " + Routing.MIN_LIMIT
                        + " and " + Routing.MAX_LIMIT, routing.assignmentLimit()));
            }
            if (routing.enabled() && routing.userIds().isEmpty()) {
                validation.add(FieldError.of("userIds", "NotEmpty", "may not be empty when routing is enabled"));
            }
            for (Long userId : routing.userIds()) {
                if (accounts.user(accountId, userId).isEmpty()) {
                    validation.add(FieldError.of("userIds", "InvalidValue", "No user with this id in the account",
                            userId));
                }
            }
            validation.throwIfAny();
            if (routing.method() == null) {
                throw ApiException.invalid(FieldError.of("assignmentMethod", "NotNull", "may not be null"));
            }
            store.save(mailboxId, new Routing(routing.enabled(), routing.assignmentLimit(), routing.method(),
                    List.copyOf(new LinkedHashSet<>(routing.userIds()))), clock.instant());
        });
    }
}
