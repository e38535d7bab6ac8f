package io.frontdesk.mailbox;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.User;
import io.frontdesk.account.UserService;
import io.frontdesk.account.UserStatus;
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
 * Mailbox routing (Help Scout's `/v2/mailboxes/{id}/routing`): the settings, the rotation they give, and the choice of
 * assignee for a new conversation ({@link #assign}): round robin takes the next eligible user after the last one
 * given a conversation, in {@code userIds} order; balanced the eligible user with the fewest active conversations.
 * Eligible: in {@code userIds}, not {@code away}, and under the assignment limit.
 */
public final class RoutingService {

    private final RoutingStore store;
    private final MailboxService mailboxes;
    private final AccountService accounts;
    private final UserService users;
    private final Transactions tx;
    private final Clock clock;

    public RoutingService(RoutingStore store, MailboxService mailboxes, AccountService accounts, UserService users,
                          Transactions tx, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.accounts = accounts;
        this.users = users;
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
            rotation.add(entry(accountId, routing, inRotation, counts, user.id()));
        }
        return new RoutingView(mailboxId, routing, rotation);
    }

    /** Not in rotation before away, away before at capacity: the first reason that keeps the user out. */
    private RotationEntry entry(long accountId, Routing routing, Set<Long> inRotation, Map<Long, Long> counts,
                                long userId) {
        long count = counts.getOrDefault(userId, 0L);
        RotationEntry.Reason reason = !inRotation.contains(userId) ? RotationEntry.Reason.NOT_IN_ROTATION
                : UserStatus.AWAY.equals(users.status(accountId, userId).status()) ? RotationEntry.Reason.AWAY
                : routing.assignmentLimit() != null && count >= routing.assignmentLimit()
                ? RotationEntry.Reason.AT_CAPACITY : null;
        return new RotationEntry(userId, count, reason);
    }

    /**
     * The user routing gives a new conversation of the mailbox to, or null when routing is off or nobody is eligible.
     * Runs in the caller's transaction (the conversation's create) and moves the round-robin rotation on.
     */
    public Long assign(long accountId, long mailboxId) {
        Routing routing = store.lock(mailboxId).orElse(null);
        if (routing == null || !routing.enabled() || routing.userIds().isEmpty()) {
            return null;
        }
        Map<Long, Long> counts = store.activeCounts(mailboxId);
        Set<Long> inRotation = new HashSet<>(routing.userIds());
        List<RotationEntry> eligible = new ArrayList<>();
        for (Long userId : routing.userIds()) {
            if (accounts.user(accountId, userId).isPresent()) {
                RotationEntry entry = entry(accountId, routing, inRotation, counts, userId);
                if (entry.eligible()) {
                    eligible.add(entry);
                }
            }
        }
        if (eligible.isEmpty()) {
            return null;
        }
        long chosen = routing.method() == Routing.Method.BALANCED ? balanced(eligible)
                : roundRobin(routing.userIds(), eligible, store.lastAssigned(mailboxId).orElse(null));
        store.setLastAssigned(mailboxId, chosen);
        return chosen;
    }

    /** Fewest active conversations; ties go to the earlier in {@code userIds}. */
    private static long balanced(List<RotationEntry> eligible) {
        RotationEntry best = eligible.get(0);
        for (RotationEntry entry : eligible) {
            if (entry.conversationsCount() < best.conversationsCount()) {
                best = entry;
            }
        }
        return best.userId();
    }

    /** The first eligible user after {@code last} in {@code userIds} order, wrapping around. */
    private static long roundRobin(List<Long> order, List<RotationEntry> eligible, Long last) {
        Set<Long> ok = new HashSet<>();
        eligible.forEach(entry -> ok.add(entry.userId()));
        int start = last == null ? -1 : order.indexOf(last);
        for (int step = 1; step <= order.size(); step++) {
            long candidate = order.get(Math.floorMod(start + step, order.size()));
            if (ok.contains(candidate)) {
                return candidate;
            }
        }
        return eligible.get(0).userId();
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
