package io.frontdesk.account;

import java.time.Instant;

/**
 * A stored credential. Only the hash of its secret is kept; {@code clientId} is set for OAuth apps only.
 */
public record Credential(long id, long accountId, long userId, CredentialKind kind, String clientId, String secretHash,
                         String label, Instant createdAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
