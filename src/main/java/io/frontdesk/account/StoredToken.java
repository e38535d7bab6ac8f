package io.frontdesk.account;

import java.time.Instant;

/** An issued OAuth token, access or refresh or authorization code, known only by its hash. */
public record StoredToken(long id, long credentialId, TokenKind kind, Instant expiresAt, Instant usedAt) {

    /** What a token may be used for. */
    public enum TokenKind { ACCESS, REFRESH, CODE }
}
