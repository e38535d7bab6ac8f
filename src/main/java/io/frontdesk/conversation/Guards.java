package io.frontdesk.conversation;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The checks every write shares: the conversation exists and is not deleted (404), it is not locked (412: closed
 * longer ago than the account allows, or full of threads), and the users and mailboxes a request names belong to
 * the account (400 on the request field).
 */
final class Guards {

    private final ConversationStore store;
    private final AccountService accounts;
    private final MailboxService mailboxes;
    private final Clock clock;

    Guards(ConversationStore store, AccountService accounts, MailboxService mailboxes, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    /** The conversation, locked for this transaction, if it may be changed. */
    Conversation writable(long accountId, long conversationId) {
        return checked(store.lock(accountId, conversationId).orElseThrow(Guards::notFound));
    }

    /** {@link #writable}, with its newest thread's time and its customer's state, for adding a thread. */
    ConversationStore.Locked writableForThread(long accountId, long conversationId) {
        ConversationStore.Locked locked = store.lockForThread(accountId, conversationId)
                .orElseThrow(Guards::notFound);
        checked(locked.conversation());
        return locked;
    }

    private Conversation checked(Conversation conversation) {
        if (conversation.state() == ConversationState.DELETED) {
            throw notFound();
        }
        if (conversation.status() != ConversationStatus.CLOSED || conversation.closedAt() == null) {
            return conversation;
        }
        // only a closed conversation can be locked: the account's setting is read for those alone
        Integer days = accounts.account(conversation.accountId()).lockClosedAfterDays();
        if (days != null && conversation.closedAt().isBefore(clock.instant().minus(days, ChronoUnit.DAYS))) {
            throw new ApiException(ErrorKind.PRECONDITION_FAILED, "Conversation is locked: it was closed more than "
                    + days + " days ago");
        }
        return conversation;
    }

    /**
     * The user a change no user made is shown as (a merge from the command line): the account's owner, else an
     * admin, as automatic workflows act; null when the account has neither.
     */
    Long owner(long accountId) {
        List<User> users = accounts.users(accountId);
        return users.stream().filter(u -> u.role() == Role.OWNER).findFirst()
                .or(() -> users.stream().filter(User::isAdmin).findFirst()).map(User::id).orElse(null);
    }

    /** Room for one more thread: Help Scout refuses a new thread once a conversation has 99. */
    static void roomForThread(Conversation conversation) {
        if (conversation.threadCount() >= ConversationService.LOCKED_AT_THREADS) {
            throw new ApiException(ErrorKind.PRECONDITION_FAILED, "Conversation is locked: it has "
                    + conversation.threadCount() + " threads, and no thread can be added to a conversation with "
                    + ConversationService.LOCKED_AT_THREADS + " or more");
        }
    }

    static ApiException tooManyThreads(int count) {
        return new ApiException(ErrorKind.PRECONDITION_FAILED, "A conversation can contain up to "
                + ConversationService.MAX_THREADS + " threads; the request has " + count);
    }

    /** {@code userId}, checked to be a user of the account, or {@code fallback} when null. */
    long user(long accountId, Long userId, String path, long fallback) {
        if (userId == null) {
            return fallback;
        }
        if (accounts.user(accountId, userId).isEmpty()) {
            throw ApiException.invalid(FieldError.of(path, "InvalidValue", "No user with this id in the account",
                    userId));
        }
        return userId;
    }

    /** An assignee: null stays null (unassigned), an id must be a user of the account. */
    Long assignee(long accountId, Long userId, String path) {
        return userId == null ? null : user(accountId, userId, path, 0);
    }

    Mailbox mailbox(long accountId, long mailboxId, String path) {
        return mailboxes.find(accountId, mailboxId).orElseThrow(() -> ApiException.invalid(
                FieldError.of(path, "InvalidValue", "No mailbox with this id in the account", mailboxId)));
    }

    Mailbox mailboxOf(Conversation conversation) {
        return mailboxes.get(conversation.accountId(), conversation.mailboxId());
    }

    Instant now() {
        return clock.instant();
    }

    static ApiException notFound() {
        return ApiException.notFound("Conversation not found");
    }
}
