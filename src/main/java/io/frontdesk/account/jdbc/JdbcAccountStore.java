package io.frontdesk.account.jdbc;

import io.frontdesk.account.Account;
import io.frontdesk.account.AccountStore;
import io.frontdesk.account.AssignedConversation;
import io.frontdesk.account.Credential;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.LiveAccess;
import io.frontdesk.account.NewUser;
import io.frontdesk.account.Role;
import io.frontdesk.account.StoredToken;
import io.frontdesk.account.User;
import io.frontdesk.account.UserFilter;
import io.frontdesk.account.UserStatus;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.db.Database;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link AccountStore} on SQLite and PostgreSQL alike. */
public final class JdbcAccountStore implements AccountStore {

    private static final RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(rs.getLong("id"), rs.getString("name"),
            rs.getBoolean("strict_put"), Rows.instant(rs, "created_at"), lockDays(rs));
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong("id"), rs.getLong("account_id"),
            rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
            Role.parse(rs.getString("role")), rs.getString("timezone"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"), rs.getString("job_title"), rs.getString("phone"));
    private static final RowMapper<UserStatus> STATUS = (rs, ctx) -> new UserStatus(rs.getLong("user_id"),
            rs.getString("status"), rs.getString("source"), rs.getLong("performed_by"), rs.getString("custom_text"),
            rs.getString("custom_emoji"), rs.getString("custom_emoji_name"), Rows.instant(rs, "updated_at"),
            rs.getBoolean("reassign_enabled"), rs.getLong("reassign_minutes"));
    private static final RowMapper<Credential> CREDENTIAL = (rs, ctx) -> new Credential(rs.getLong("id"),
            rs.getLong("account_id"), rs.getLong("user_id"), CredentialKind.fromStored(rs.getString("kind")),
            rs.getString("client_id"), rs.getString("secret_hash"), rs.getString("label"),
            Rows.instant(rs, "created_at"), Rows.nullableInstant(rs, "revoked_at"));
    private static final RowMapper<StoredToken> TOKEN = (rs, ctx) -> new StoredToken(rs.getLong("id"),
            rs.getLong("credential_id"), StoredToken.TokenKind.valueOf(rs.getString("kind")),
            Rows.instant(rs, "expires_at"), Rows.nullableInstant(rs, "used_at"));

    private final Database db;

    public JdbcAccountStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean anyAccount() {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts").mapTo(Long.class).one() > 0);
    }

    @Override
    public boolean claimInstallation(Instant now) {
        return db.withHandle(h -> h.createUpdate(
                        "INSERT INTO installation (id, created_at) VALUES (1, :now) ON CONFLICT (id) DO NOTHING")
                .bind("now", now.toEpochMilli()).execute()) == 1;
    }

    @Override
    public Account createAccount(String name, Instant now) {
        long id = db.withHandle(h -> h.createQuery(
                        "INSERT INTO accounts (name, strict_put, created_at) VALUES (:name, FALSE, :now) RETURNING id")
                .bind("name", name).bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        return new Account(id, name, false, Instant.ofEpochMilli(now.toEpochMilli()), null);
    }

    @Override
    public Optional<Account> findAccount(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE id = :id").bind("id", accountId)
                .map(ACCOUNT).findOne());
    }

    @Override
    public List<Account> listAccounts() {
        return db.withHandle(h -> h.createQuery("SELECT * FROM accounts ORDER BY id").map(ACCOUNT).list());
    }

    @Override
    public void setStrictPut(long accountId, boolean strict) {
        db.withHandle(h -> h.createUpdate("UPDATE accounts SET strict_put = :strict WHERE id = :id")
                .bind("strict", strict).bind("id", accountId).execute());
    }

    @Override
    public void setLockClosedAfterDays(long accountId, Integer days) {
        db.withHandle(h -> h.createUpdate("UPDATE accounts SET lock_closed_after_days = :days WHERE id = :id")
                .bind("days", days).bind("id", accountId).execute());
    }

    private static Integer lockDays(ResultSet rs) throws SQLException {
        Long days = Rows.nullableLong(rs, "lock_closed_after_days");
        return days == null ? null : days.intValue();
    }

    @Override
    public User createUser(long accountId, String firstName, String lastName, String email, Role role,
                           String timezone, Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO users (account_id, first_name, last_name, email, email_lower, role, timezone,
                                           created_at, updated_at)
                        VALUES (:account, :first, :last, :email, :emailLower, :role, :tz, :now, :now) RETURNING id""")
                .bind("account", accountId).bind("first", firstName).bind("last", lastName).bind("email", email)
                .bind("emailLower", email.toLowerCase(Locale.ROOT)).bind("role", role.wireName())
                .bind("tz", timezone).bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return new User(id, accountId, firstName, lastName, email, role, timezone, stored, stored);
    }

    @Override
    public User createUser(long accountId, NewUser user, Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO users (account_id, first_name, last_name, email, email_lower, role, timezone,
                                           job_title, phone, created_at, updated_at)
                        VALUES (:account, :first, :last, :email, :emailLower, :role, :tz, :jobTitle, :phone, :now,
                                :now) RETURNING id""")
                .bind("account", accountId).bind("first", user.firstName()).bind("last", user.lastName())
                .bind("email", user.email()).bind("emailLower", user.email().toLowerCase(Locale.ROOT))
                .bind("role", user.role().wireName()).bind("tz", user.timezone()).bind("jobTitle", user.jobTitle())
                .bind("phone", user.phone()).bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return new User(id, accountId, user.firstName(), user.lastName(), user.email(), user.role(), user.timezone(),
                stored, stored, user.jobTitle(), user.phone());
    }

    /** Unassigns the user's conversations here, in the same transaction: Help Scout's documented effect. */
    @Override
    public boolean deleteUser(long accountId, long userId, Instant now) {
        return db.withHandle(h -> {
            int deleted = h.createUpdate("""
                            UPDATE users SET deleted_at = :now, updated_at = :now
                            WHERE account_id = :account AND id = :id AND deleted_at IS NULL""")
                    .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", userId).execute();
            if (deleted == 0) {
                return false;
            }
            h.createUpdate("UPDATE credentials SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
                    .bind("now", now.toEpochMilli()).bind("id", userId).execute();
            // a change of the conversation, as any unassignment is: syncs reading modifiedSince see it
            h.createUpdate("UPDATE conversations SET assignee_id = NULL, updated_at = :now WHERE account_id = :account"
                            + " AND assignee_id = :id")
                    .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", userId).execute();
            return true;
        });
    }

    @Override
    public List<AssignedConversation> conversationsAssignedTo(long accountId, long userId) {
        return db.withHandle(h -> h.createQuery("SELECT id, mailbox_id, type FROM conversations"
                        + " WHERE account_id = :account AND assignee_id = :id AND state <> 'deleted' ORDER BY id")
                .bind("account", accountId).bind("id", userId)
                .map((rs, ctx) -> new AssignedConversation(rs.getLong("id"), rs.getLong("mailbox_id"),
                        rs.getString("type"))).list());
    }

    @Override
    public Optional<User> findUser(long accountId, long userId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM users WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
                .bind("account", accountId).bind("id", userId).map(USER).findOne());
    }

    @Override
    public Optional<User> findUserByEmail(long accountId, String email) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM users WHERE account_id = :account AND email_lower = :email"
                                + " AND deleted_at IS NULL")
                .bind("account", accountId).bind("email", email.trim().toLowerCase(Locale.ROOT)).map(USER).findOne());
    }

    @Override
    public List<User> listUsers(long accountId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT * FROM users WHERE account_id = :account AND deleted_at IS NULL ORDER BY id")
                .bind("account", accountId).map(USER).list());
    }

    /**
     * Every user may use every mailbox of the account, so the mailbox filter only asks that the mailbox is the
     * account's; per-mailbox access would turn that EXISTS into a join on the access rows.
     */
    @Override
    public Page<User> pageUsers(long accountId, UserFilter filter, PageRequest request) {
        StringBuilder where = new StringBuilder("u.account_id = :account AND u.deleted_at IS NULL");
        if (filter.email() != null) {
            where.append(" AND u.email_lower = :email");
        }
        if (filter.mailboxId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM mailboxes m")
                    .append(" WHERE m.id = :mailbox AND m.account_id = u.account_id)");
        }
        return db.withHandle(h -> {
            Query count = h.createQuery("SELECT COUNT(*) FROM users u WHERE " + where);
            Query page = h.createQuery("SELECT u.* FROM users u WHERE " + where
                    + " ORDER BY u.id LIMIT :limit OFFSET :offset");
            for (Query query : List.of(count, page)) {
                query.bind("account", accountId);
                if (filter.email() != null) {
                    query.bind("email", filter.email());
                }
                if (filter.mailboxId() != null) {
                    query.bind("mailbox", filter.mailboxId());
                }
            }
            long total = count.mapTo(Long.class).one();
            List<User> items = page.bind("limit", request.size()).bind("offset", request.offset()).map(USER).list();
            return new Page<>(items, total, request);
        });
    }

    @Override
    public Credential createCredential(long accountId, long userId, CredentialKind kind, String clientId,
                                       String secretHash, String label, Instant now) {
        long id = db.withHandle(h -> h.createQuery("""
                        INSERT INTO credentials (account_id, user_id, kind, client_id, secret_hash, label, created_at)
                        VALUES (:account, :user, :kind, :clientId, :hash, :label, :now) RETURNING id""")
                .bind("account", accountId).bind("user", userId).bind("kind", kind.storedName())
                .bind("clientId", clientId).bind("hash", secretHash).bind("label", label)
                .bind("now", now.toEpochMilli()).mapTo(Long.class).one());
        return new Credential(id, accountId, userId, kind, clientId, secretHash, label,
                Instant.ofEpochMilli(now.toEpochMilli()), null);
    }

    @Override
    public Optional<Credential> findCredentialBySecretHash(CredentialKind kind, String secretHash) {
        // every 1.0 and HelpCrunch request: plain JDBC (see Statements)
        return db.withStatements(c -> one(c, "SELECT * FROM credentials WHERE kind = ? AND secret_hash = ?",
                List.of(kind.storedName(), secretHash)));
    }

    @Override
    public Optional<Credential> findCredentialByClientId(String clientId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM credentials WHERE client_id = :clientId")
                .bind("clientId", clientId).map(CREDENTIAL).findOne());
    }

    @Override
    public Optional<Credential> findCredential(long credentialId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM credentials WHERE id = :id")
                .bind("id", credentialId).map(CREDENTIAL).findOne());
    }

    @Override
    public List<Credential> listCredentials(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM credentials WHERE account_id = :account ORDER BY id")
                .bind("account", accountId).map(CREDENTIAL).list());
    }

    @Override
    public boolean revokeCredential(long accountId, long credentialId, Instant now) {
        return db.withHandle(h -> h.createUpdate("""
                        UPDATE credentials SET revoked_at = :now
                        WHERE account_id = :account AND id = :id AND revoked_at IS NULL""")
                .bind("now", now.toEpochMilli()).bind("account", accountId).bind("id", credentialId)
                .execute()) > 0;
    }

    @Override
    public void storeToken(long credentialId, StoredToken.TokenKind kind, String tokenHash, Instant expiresAt,
                           Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO oauth_tokens (credential_id, kind, token_hash, expires_at, created_at)
                        VALUES (:credential, :kind, :hash, :expires, :now)""")
                .bind("credential", credentialId).bind("kind", kind.name()).bind("hash", tokenHash)
                .bind("expires", expiresAt.toEpochMilli()).bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public Optional<StoredToken> findToken(String tokenHash) {
        return db.withHandle(h -> h.createQuery("SELECT * FROM oauth_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash).map(TOKEN).findOne());
    }

    @Override
    public Optional<LiveAccess> findLiveAccess(String tokenHash, Instant now) {
        // every 2.0 request that its node has not cached: plain JDBC (see Statements)
        List<LiveAccess> found = new ArrayList<>(1);
        db.withStatements(c -> {
            c.forEach("""
                            SELECT c.*, t.expires_at AS token_expires_at
                            FROM oauth_tokens t JOIN credentials c ON c.id = t.credential_id
                            WHERE t.token_hash = ? AND t.kind = 'ACCESS' AND t.expires_at > ?
                              AND c.revoked_at IS NULL""", List.of(tokenHash, now.toEpochMilli()),
                    (rs, ctx) -> new LiveAccess(CREDENTIAL.map(rs, ctx), Rows.instant(rs, "token_expires_at")),
                    found::add);
            return null;
        });
        return found.stream().findFirst();
    }

    @Override
    public Map<Long, UserStatus> statuses(List<Long> userIds) {
        Map<Long, UserStatus> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            db.withHandle(h -> h.createQuery("SELECT * FROM user_statuses WHERE user_id IN (<ids>)")
                    .bindList("ids", userIds).map(STATUS).list()).forEach(status -> found.put(status.userId(), status));
        }
        return found;
    }

    @Override
    public void saveStatus(User user, String status, String source, long performedBy, String customText,
                           String customEmoji, String customEmojiName, Instant now) {
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO user_statuses (user_id, status, source, performed_by, custom_text, custom_emoji,
                                                   custom_emoji_name, updated_at)
                        VALUES (:user, :status, :source, :by, :text, :emoji, :emojiName, :now)
                        ON CONFLICT (user_id) DO UPDATE SET status = excluded.status, source = excluded.source,
                            performed_by = excluded.performed_by, custom_text = excluded.custom_text,
                            custom_emoji = excluded.custom_emoji, custom_emoji_name = excluded.custom_emoji_name,
                            updated_at = excluded.updated_at""")
                .bind("user", user.id()).bind("status", status).bind("source", source).bind("by", performedBy)
                .bind("text", customText).bind("emoji", customEmoji).bind("emojiName", customEmojiName)
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public void saveReassignment(User user, boolean enabled, long afterMinutes) {
        UserStatus initial = UserStatus.initial(user);
        db.withHandle(h -> h.createUpdate("""
                        INSERT INTO user_statuses (user_id, status, source, performed_by, updated_at,
                                                   reassign_enabled, reassign_minutes)
                        VALUES (:user, :status, :source, :by, :since, :enabled, :minutes)
                        ON CONFLICT (user_id) DO UPDATE SET reassign_enabled = excluded.reassign_enabled,
                            reassign_minutes = excluded.reassign_minutes""")
                .bind("user", user.id()).bind("status", initial.status()).bind("source", initial.source())
                .bind("by", initial.performedBy()).bind("since", initial.updatedAt().toEpochMilli())
                .bind("enabled", enabled).bind("minutes", afterMinutes).execute());
    }

    private static Optional<Credential> one(Statements c, String sql, List<?> params) {
        List<Credential> found = new ArrayList<>(1);
        c.forEach(sql, params, CREDENTIAL, found::add);
        return found.stream().findFirst();
    }

    @Override
    public boolean markTokenUsed(long tokenId, Instant now) {
        return db.withHandle(h -> h.createUpdate(
                        "UPDATE oauth_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", tokenId).execute()) > 0;
    }

    @Override
    public int deleteExpiredTokens(Instant now) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM oauth_tokens WHERE expires_at < :now")
                .bind("now", now.toEpochMilli()).execute());
    }
}
