package io.frontdesk.account;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Administration of accounts, users and credentials, used by the command line and by first start. */
public final class AccountService {

    private final AccountStore store;
    private final Transactions tx;
    private final Clock clock;
    private final CredentialCache credentialCache;

    public AccountService(AccountStore store, Transactions tx, Clock clock, CredentialCache credentialCache) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.credentialCache = credentialCache;
    }

    public boolean anyAccount() {
        return store.anyAccount();
    }

    /** True exactly once per database: the caller that gets true performs first start, in the same transaction. */
    public boolean claimInstallation() {
        return store.claimInstallation(clock.instant()) && !store.anyAccount();
    }

    /**
     * Creates an account together with its owner, who is the account's first user. The account was made in this
     * transaction, so it exists and has no user with that email: neither is read back (two round trips on PostgreSQL).
     */
    public User createAccount(String name, String ownerFirstName, String ownerLastName, String ownerEmail) {
        requireText("name", name);
        requireUser(ownerFirstName, ownerLastName, ownerEmail);
        return tx.inTransaction(() -> {
            Account account = store.createAccount(name.trim(), clock.instant());
            return store.createUser(account.id(), ownerFirstName.trim(), ownerLastName.trim(), ownerEmail.trim(),
                    Role.OWNER, "UTC", clock.instant());
        });
    }

    public User createUser(long accountId, String firstName, String lastName, String email, Role role) {
        requireUser(firstName, lastName, email);
        return tx.inTransaction(() -> {
            account(accountId);
            if (store.findUserByEmail(accountId, email).isPresent()) {
                throw ApiException.conflict("A user with this email already exists",
                        List.of(FieldError.of("email", "Conflict", "already in use", email)));
            }
            return store.createUser(accountId, firstName.trim(), lastName.trim(), email.trim(), role, "UTC",
                    clock.instant());
        });
    }

    /**
     * Issues a credential acting as {@code userId}. A fixed id or secret (first start, scripted set-ups) is used as
     * given; otherwise both are generated. The plain secret is returned once and never stored.
     */
    public IssuedSecret issueCredential(long accountId, long userId, CredentialKind kind, String label,
                                        Optional<String> fixedClientId, Optional<String> fixedSecret) {
        requireSecret(fixedSecret);
        return tx.inTransaction(() -> {
            User user = store.findUser(accountId, userId)
                    .orElseThrow(() -> ApiException.notFound("No user " + userId + " in account " + accountId));
            return issue(user, kind, label, fixedClientId, fixedSecret);
        });
    }

    /**
     * {@link #issueCredential(long, long, CredentialKind, String, Optional, Optional)} for a user the caller has just
     * made or read in the current transaction, which is not read again.
     */
    public IssuedSecret issueCredential(User user, CredentialKind kind, String label, Optional<String> fixedClientId,
                                        Optional<String> fixedSecret) {
        requireSecret(fixedSecret);
        return tx.inTransaction(() -> issue(user, kind, label, fixedClientId, fixedSecret));
    }

    /**
     * Only a fixed client id or secret is looked for first: a generated one (165 random bits) does not collide, and
     * the unique indexes would refuse it if it did.
     */
    private IssuedSecret issue(User user, CredentialKind kind, String label, Optional<String> fixedClientId,
                               Optional<String> fixedSecret) {
        String secret = fixedSecret.orElseGet(() -> Secrets.generate(32));
        String clientId = null;
        if (kind == CredentialKind.HELPSCOUT_OAUTH_APP) {
            clientId = fixedClientId.orElseGet(() -> Secrets.generate(32));
            if (fixedClientId.isPresent() && store.findCredentialByClientId(clientId).isPresent()) {
                throw ApiException.conflict("That client id is already taken", List.of());
            }
        }
        String hash = Secrets.hash(secret);
        if (kind != CredentialKind.HELPSCOUT_OAUTH_APP && fixedSecret.isPresent()
                && store.findCredentialBySecretHash(kind, hash).isPresent()) {
            throw ApiException.conflict("That key is already in use", List.of());
        }
        Credential credential = store.createCredential(user.accountId(), user.id(), kind, clientId, hash,
                label == null || label.isBlank() ? kind.storedName() : label, clock.instant());
        return new IssuedSecret(credential, secret);
    }

    /** True when this call revoked it, false when it was revoked already; a credential of no such account is 404. */
    public boolean revokeCredential(long accountId, long credentialId) {
        if (!store.revokeCredential(accountId, credentialId, clock.instant())) {
            boolean revokedBefore = store.findCredential(credentialId)
                    .filter(c -> c.accountId() == accountId && c.revoked()).isPresent();
            if (revokedBefore) {
                return false;
            }
            throw ApiException.notFound("No credential " + credentialId + " in account " + accountId);
        }
        // This node refuses the credential from the next request on; other nodes hear of it from the database.
        credentialCache.invalidateAll();
        return true;
    }

    public Account account(long accountId) {
        return store.findAccount(accountId)
                .orElseThrow(() -> ApiException.notFound("No account " + accountId));
    }

    public List<Account> accounts() {
        return store.listAccounts();
    }

    public void setStrictPut(long accountId, boolean strict) {
        account(accountId);
        store.setStrictPut(accountId, strict);
    }

    /**
     * Locks conversations closed more than {@code days} days ago against every change (Help Scout's "locked
     * conversation - too old" policy); null turns the lock off.
     */
    public void setLockClosedAfterDays(long accountId, Integer days) {
        if (days != null && days < 1) {
            throw ApiException.invalid(FieldError.of("lockClosedAfterDays", "InvalidNumber",
                    "must be at least 1 day", days));
        }
        account(accountId);
        store.setLockClosedAfterDays(accountId, days);
    }

    public List<User> users(long accountId) {
        return store.listUsers(accountId);
    }

    /** One page of the account's users that match {@code filter}, oldest first. */
    public Page<User> users(long accountId, UserFilter filter, PageRequest request) {
        return store.pageUsers(accountId, filter, request);
    }

    public Optional<User> user(long accountId, long userId) {
        return store.findUser(accountId, userId);
    }

    /** A user of the account; another account's user, or none, is a 404. */
    public User getUser(long accountId, long userId) {
        return user(accountId, userId).orElseThrow(() -> ApiException.notFound("User not found"));
    }

    public List<Credential> credentials(long accountId) {
        return store.listCredentials(accountId);
    }

    public Optional<Credential> credential(long credentialId) {
        return store.findCredential(credentialId);
    }

    /** A live Help Scout 2.0 OAuth app by its client id. */
    public Optional<Credential> oauthApp(String clientId) {
        return store.findCredentialByClientId(clientId)
                .filter(c -> c.kind() == CredentialKind.HELPSCOUT_OAUTH_APP && !c.revoked());
    }

    public int purgeExpiredTokens() {
        Instant now = clock.instant();
        return store.deleteExpiredTokens(now);
    }

    static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static void requireUser(String firstName, String lastName, String email) {
        requireText("firstName", firstName);
        requireText("lastName", lastName);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiException.invalid(FieldError.of("email", "Email", "Not well-formed email address", email));
        }
    }

    private static void requireSecret(Optional<String> fixedSecret) {
        fixedSecret.ifPresent(secret -> {
            if (secret.length() < 16) {
                throw ApiException.invalid(FieldError.of("secret", "Size", "must be at least 16 characters"));
            }
        });
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(FieldError.of(field, "NotEmpty", "may not be empty"));
        }
    }
}
