package io.frontdesk.account;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of accounts, users, credentials and OAuth tokens. */
public interface AccountStore {

    boolean anyAccount();

    /** Records that first start ran; false when another node (or an earlier start) already did. */
    boolean claimInstallation(Instant now);

    Account createAccount(String name, Instant now);

    Optional<Account> findAccount(long accountId);

    List<Account> listAccounts();

    void setStrictPut(long accountId, boolean strict);

    /** {@code days} null removes the lock. */
    void setLockClosedAfterDays(long accountId, Integer days);

    User createUser(long accountId, String firstName, String lastName, String email, Role role, String timezone,
                    Instant now);

    /** A user with a job title and phone; the email must be free (the caller checks). */
    User createUser(long accountId, NewUser user, Instant now);

    /**
     * Marks the user deleted: it is no longer found or listed, its credentials are revoked and its conversations
     * unassigned; its row stays because threads name it. False when there was no such live user.
     */
    boolean deleteUser(long accountId, long userId, Instant now);

    /** The live conversations assigned to the user: what {@link #deleteUser} will unassign. */
    List<AssignedConversation> conversationsAssignedTo(long accountId, long userId);

    /** Live users only: a deleted user is not found. */
    Optional<User> findUser(long accountId, long userId);

    Optional<User> findUserByEmail(long accountId, String email);

    List<User> listUsers(long accountId);

    /** One page of the account's users matching the filter, by id. */
    Page<User> pageUsers(long accountId, UserFilter filter, PageRequest request);

    Credential createCredential(long accountId, long userId, CredentialKind kind, String clientId, String secretHash,
                                String label, Instant now);

    /** Looks up an API key by the hash of its secret. */
    Optional<Credential> findCredentialBySecretHash(CredentialKind kind, String secretHash);

    Optional<Credential> findCredentialByClientId(String clientId);

    Optional<Credential> findCredential(long credentialId);

    List<Credential> listCredentials(long accountId);

    /**
     * Marks a credential revoked; its tokens stop working at once in this store (a node's {@link CredentialCache} hears
     * of it by notification). Returns false when there was no such credential.
     */
    boolean revokeCredential(long accountId, long credentialId, Instant now);

    void storeToken(long credentialId, StoredToken.TokenKind kind, String tokenHash, Instant expiresAt, Instant now);

    Optional<StoredToken> findToken(String tokenHash);

    /**
     * The credential behind an access token that is unexpired at {@code now} and not revoked, with the token's expiry:
     * every 2.0 request that its node has not cached asks this, so it is one indexed query.
     */
    Optional<LiveAccess> findLiveAccess(String tokenHash, Instant now);

    /** Marks a refresh token or code used; false when it already was, so a replayed token is refused. */
    boolean markTokenUsed(long tokenId, Instant now);

    int deleteExpiredTokens(Instant now);

    /** The statuses set for these users; a user who never had one set is missing from the map. */
    Map<Long, UserStatus> statuses(List<Long> userIds);

    /** Sets the email status, keeping the reassignment setting. */
    void saveStatus(User user, String status, String source, long performedBy, String customText, String customEmoji,
                    String customEmojiName, Instant now);

    /** Sets the reassignment setting, keeping the status (a user without one stays active since creation). */
    void saveReassignment(User user, boolean enabled, long afterMinutes);
}
