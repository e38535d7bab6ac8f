package io.frontdesk.team;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.User;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Teams of an account and their members. Members are the account's live users; a user may be in many teams. */
public final class TeamService {

    static final int NAME = 100;

    private final TeamStore store;
    private final AccountService accounts;
    private final Transactions tx;
    private final Clock clock;

    public TeamService(TeamStore store, AccountService accounts, Transactions tx, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code timezone} null means UTC. */
    public Team create(long accountId, String name, String timezone) {
        Validation validation = new Validation();
        if (name == null || name.isBlank() || name.length() > NAME) {
            validation.add(FieldError.of("name", "Size", "must be 1-" + NAME + " characters", name));
        }
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                validation.add(FieldError.of("timezone", "InvalidValue", "must be an IANA time zone", timezone));
            }
        }
        validation.throwIfAny();
        return tx.inTransaction(() -> {
            accounts.account(accountId);
            return store.insert(accountId, name.trim(), timezone == null ? "UTC" : timezone, clock.instant());
        });
    }

    public Page<Team> list(long accountId, PageRequest page) {
        return store.page(accountId, page);
    }

    public Team get(long accountId, long teamId) {
        return find(accountId, teamId).orElseThrow(() -> ApiException.notFound("Team not found"));
    }

    public Optional<Team> find(long accountId, long teamId) {
        return store.find(accountId, teamId);
    }

    /** A page of the team's members, by user id. */
    public Page<User> members(long accountId, long teamId, PageRequest page) {
        get(accountId, teamId);
        return store.memberIds(teamId, page).map(id -> accounts.getUser(accountId, id));
    }

    /** Adds one of the account's users; false when they already were a member. */
    public boolean addMember(long accountId, long teamId, long userId) {
        return tx.inTransaction(() -> {
            get(accountId, teamId);
            accounts.getUser(accountId, userId);
            return store.addMember(teamId, userId, clock.instant());
        });
    }

    /** Makes these users the whole membership; only the owner and admins may change a team. */
    public void replaceMembers(long accountId, long callerId, long teamId, List<Long> userIds) {
        if (accounts.user(accountId, callerId).filter(User::isAdmin).isEmpty()) {
            throw new ApiException(ErrorKind.FORBIDDEN, "Only the account owner and admins may change teams");
        }
        tx.run(() -> {
            get(accountId, teamId);
            Validation validation = new Validation();
            for (int i = 0; i < userIds.size(); i++) {
                Long id = userIds.get(i);
                if (id == null || accounts.user(accountId, id).isEmpty()) {
                    validation.add(FieldError.of("userIds[" + i + "]", "InvalidValue", "no such user", id));
                }
            }
            validation.throwIfAny();
            store.replaceMembers(teamId, List.copyOf(new LinkedHashSet<>(userIds)), clock.instant());
        });
    }
}
