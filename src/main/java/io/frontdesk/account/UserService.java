package io.frontdesk.account;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.mailbox.MailboxService;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What users do to users through the API: owners and admins create and delete users and set anyone's status; every
 * user sets their own status and reassignment setting. The owner is created with the account and never deleted.
 */
public final class UserService {

    static final int NAME = 40;
    static final int JOB_TITLE = 50;
    static final int PHONE = 40;
    static final int CUSTOM_TEXT = 100;
    /** Help Scout's limit on an email address (its customers' too); PostgreSQL cannot index a far longer one. */
    static final int EMAIL = 100;

    private final AccountStore store;
    private final MailboxService mailboxes;
    private final Transactions tx;
    private final Clock clock;
    private final CredentialCache credentialCache;
    private final EventLog events;
    private final JobQueue jobs;

    /**
     * @param events where a delete records the unassignment of each of the user's conversations
     * @param jobs   where going away queues the reassignment of the user's conversations, in the same transaction
     */
    public UserService(AccountStore store, MailboxService mailboxes, Transactions tx, Clock clock,
                       CredentialCache credentialCache, EventLog events, JobQueue jobs) {
        this.events = events;
        this.jobs = jobs;
        this.store = store;
        this.mailboxes = mailboxes;
        this.tx = tx;
        this.clock = clock;
        this.credentialCache = credentialCache;
    }

    /** Creates a user; only an owner or admin may, and nobody may create an owner. A taken email is a 409. */
    public User create(long accountId, long callerId, NewUser user) {
        requireAdmin(accountId, callerId);
        check(accountId, user);
        return tx.inTransaction(() -> {
            if (store.findUserByEmail(accountId, user.email()).isPresent()) {
                throw ApiException.conflict("A user with this email already exists",
                        List.of(FieldError.of("email", "Conflict", "already in use", user.email())));
            }
            NewUser trimmed = new NewUser(user.firstName().trim(), user.lastName().trim(), user.email().trim(),
                    user.role(), user.timezone() == null ? "UTC" : user.timezone(), user.jobTitle(), user.phone(),
                    user.mailboxIds());
            return store.createUser(accountId, trimmed, clock.instant());
        });
    }

    /**
     * Deletes a user: their conversations become unassigned, their credentials stop working, their threads stay.
     * Only an owner or admin may; the owner and the caller themselves cannot be deleted.
     */
    public void delete(long accountId, long callerId, long userId) {
        requireAdmin(accountId, callerId);
        tx.run(() -> {
            User user = user(accountId, userId);
            if (user.role() == Role.OWNER) {
                throw forbidden("The account owner cannot be deleted");
            }
            if (userId == callerId) {
                throw forbidden("Users cannot delete themselves");
            }
            List<AssignedConversation> assigned = store.conversationsAssignedTo(accountId, userId);
            store.deleteUser(accountId, userId, clock.instant());
            // each unassignment is a change of its conversation (convo.assigned, HelpCrunch's chat.assigned)
            for (AssignedConversation c : assigned) {
                events.record(accountId, EventType.CONVERSATION_ASSIGNED, c.conversationId(), c.mailboxId(), null,
                        callerId, Map.of(EventDetails.FROM, Long.toString(userId), EventDetails.TO, "",
                                EventDetails.CONVERSATION_TYPE, c.conversationType()));
            }
        });
        // this node refuses the user's credentials from the next request on; other nodes hear of it
        credentialCache.invalidateAll();
    }

    public UserStatus status(long accountId, long userId) {
        User user = user(accountId, userId);
        return store.statuses(List.of(userId)).getOrDefault(userId, UserStatus.initial(user));
    }

    /** A page of every live user's status, in the order of the user list. */
    public Page<UserStatus> statuses(long accountId, PageRequest page) {
        Page<User> users = store.pageUsers(accountId, UserFilter.all(), page);
        Map<Long, UserStatus> set = store.statuses(users.items().stream().map(User::id).toList());
        return users.map(user -> set.getOrDefault(user.id(), UserStatus.initial(user)));
    }

    /**
     * Sets a user's email status through the API. A user sets their own; an owner or admin anyone's.
     *
     * @param customText null for no custom status
     */
    public void setStatus(long accountId, long callerId, long userId, String status, String customText,
                          String customEmoji, String customEmojiName) {
        Validation validation = new Validation();
        if (!UserStatus.ACTIVE.equals(status) && !UserStatus.AWAY.equals(status)) {
            validation.add(FieldError.of("status", "EnumValue", "Expected one of these: 'active', 'away'", status));
        }
        if (customText != null && (customText.isBlank() || customText.length() > CUSTOM_TEXT)) {
            validation.add(FieldError.of("customStatus.text", "Size", "must be 1-" + CUSTOM_TEXT + " characters",
                    customText));
        }
        validation.throwIfAny();
        tx.run(() -> {
            User user = mayChange(accountId, callerId, userId);
            Instant now = clock.instant();
            store.saveStatus(user, status, "api", callerId, customText, customEmoji, customEmojiName, now);
            if (UserStatus.AWAY.equals(status)) {
                queueReassignment(accountId, status(accountId, userId), now);
            }
        });
    }

    /** The user's conversations, open or not, that are assigned to them (an away reassignment's candidates). */
    public List<AssignedConversation> assignedConversations(long accountId, long userId) {
        return store.conversationsAssignedTo(accountId, userId);
    }

    /**
     * Queues the reassignment of an away user's conversations for when the away time reaches the user's setting. The
     * job names the moment the status was set, so setting it again (or back to active) leaves that job nothing to do.
     */
    private void queueReassignment(long accountId, UserStatus status, Instant now) {
        if (!status.reassignEnabled() || !UserStatus.AWAY.equals(status.status())) {
            return;
        }
        Instant due = status.updatedAt().plus(Duration.ofMinutes(status.reassignAfterMinutes()));
        jobs.enqueue(JobKind.USER_AWAY_REASSIGN, accountId,
                status.userId() + ":" + status.updatedAt().toEpochMilli(), due.isBefore(now) ? now : due);
    }

    /** Sets when the user's conversations are reassigned while away; the same permission as the status. */
    public void setReassignment(long accountId, long callerId, long userId, boolean enabled, long hours,
                                long minutes) {
        Validation validation = new Validation();
        if (hours < 0 || hours > 24 * 366) {
            validation.add(FieldError.of("awayDuration.hours", "Range", "must be at least 0", hours));
        }
        if (minutes < 0 || minutes > 59) {
            validation.add(FieldError.of("awayDuration.minutes", "Range", "must be 0-59", minutes));
        }
        validation.throwIfAny();
        tx.run(() -> {
            store.saveReassignment(mayChange(accountId, callerId, userId), enabled, hours * 60 + minutes);
            // already away: the delay counts from when the user went away, as if it had been set then
            queueReassignment(accountId, status(accountId, userId), clock.instant());
        });
    }

    private User mayChange(long accountId, long callerId, long userId) {
        User user = user(accountId, userId);
        if (userId != callerId) {
            requireAdmin(accountId, callerId);
        }
        return user;
    }

    private User user(long accountId, long userId) {
        return store.findUser(accountId, userId).orElseThrow(() -> ApiException.notFound("User not found"));
    }

    private void requireAdmin(long accountId, long callerId) {
        if (store.findUser(accountId, callerId).filter(User::isAdmin).isEmpty()) {
            throw forbidden("Only the account owner and admins may do this");
        }
    }

    private void check(long accountId, NewUser user) {
        Validation validation = new Validation();
        text(validation, "firstName", user.firstName(), NAME, true);
        text(validation, "lastName", user.lastName(), NAME, true);
        text(validation, "jobTitle", user.jobTitle(), JOB_TITLE, false);
        text(validation, "phone", user.phone(), PHONE, false);
        if (user.email() == null || !user.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            validation.add(FieldError.of("email", "Email", "Not well-formed email address", user.email()));
        } else if (user.email().trim().length() > EMAIL) {
            validation.add(FieldError.of("email", "Size", "must be at most " + EMAIL + " characters", user.email()));
        }
        if (user.role() == null || user.role() == Role.OWNER) {
            validation.add(FieldError.of("role", "EnumValue", "Expected one of these: 'admin', 'user', 'light user'"));
        }
        if (user.timezone() != null) {
            try {
                ZoneId.of(user.timezone());
            } catch (DateTimeException e) {
                validation.add(FieldError.of("timezone", "InvalidValue", "must be an IANA time zone",
                        user.timezone()));
            }
        }
        for (int i = 0; i < user.mailboxIds().size(); i++) {
            Long id = user.mailboxIds().get(i);
            if (id == null || mailboxes.find(accountId, id).isEmpty()) {
                validation.add(FieldError.of("mailboxes[" + i + "].id", "InvalidValue", "no such mailbox", id));
            }
        }
        validation.throwIfAny();
    }

    private static void text(Validation validation, String path, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            validation.add(FieldError.of(path, "NotEmpty", "may not be empty", value));
        } else if (value != null && value.length() > max) {
            validation.add(FieldError.of(path, "Size", "must be at most " + max + " characters", value));
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(ErrorKind.FORBIDDEN, message);
    }
}
