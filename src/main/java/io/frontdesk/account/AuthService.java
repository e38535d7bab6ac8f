package io.frontdesk.account;

import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns what a client presents (API key, bearer token, client id and secret) into a {@link Principal}, and issues
 * Help Scout 2.0 tokens. Unknown, expired and revoked secrets are all the same 401 to the caller. Found credentials
 * are remembered in a {@link CredentialCache}, which holds nothing unless changes made elsewhere can be heard.
 */
public final class AuthService {

    /** Refresh tokens and codes live long enough for a nightly sync that skipped a few weeks. */
    static final Duration REFRESH_TTL = Duration.ofDays(180);
    static final Duration CODE_TTL = Duration.ofMinutes(10);

    private final AccountStore store;
    private final Transactions tx;
    private final Clock clock;
    private final Duration accessTtl;
    private final CredentialCache cache;

    public AuthService(AccountStore store, Transactions tx, Clock clock, Duration accessTtl, CredentialCache cache) {
        this.store = store;
        this.cache = cache;
        this.tx = tx;
        this.clock = clock;
        this.accessTtl = accessTtl;
    }

    /** Help Scout 1.0 and HelpCrunch keys. */
    public Principal authenticateKey(CredentialKind kind, String key) {
        if (key == null || key.isEmpty()) {
            throw ApiException.unauthorized("Missing credentials");
        }
        if (hasNul(key)) {
            throw ApiException.unauthorized("Invalid credentials");
        }
        String hash = Secrets.hash(key);
        String cacheKey = kind.name() + ':' + hash;
        Principal cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        Principal principal = store.findCredentialBySecretHash(kind, hash)
                .filter(credential -> !credential.revoked())
                .map(AuthService::principalOf)
                .orElseThrow(() -> ApiException.unauthorized("Invalid credentials"));
        cache.put(cacheKey, principal, null, generation);
        return principal;
    }

    /** Help Scout 2.0 bearer tokens. */
    public Principal authenticateBearer(String token) {
        if (token == null || token.isEmpty()) {
            throw ApiException.unauthorized("Missing access token");
        }
        if (hasNul(token)) {
            throw ApiException.unauthorized("Invalid or expired access token");
        }
        String hash = Secrets.hash(token);
        String cacheKey = "ACCESS:" + hash;
        Principal cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        LiveAccess access = store.findLiveAccess(hash, clock.instant())
                .orElseThrow(() -> ApiException.unauthorized("Invalid or expired access token"));
        Principal principal = principalOf(access.credential());
        cache.put(cacheKey, principal, access.expiresAt(), generation);
        return principal;
    }

    public TokenGrant issueToken(TokenRequest request) {
        String grant = request.grantType();
        if (grant == null || grant.isBlank()) {
            throw new OAuthException(400, "invalid_request", "Missing grant_type");
        }
        return switch (grant) {
            case "client_credentials" -> tx.inTransaction(() -> access(client(request), false));
            case "refresh_token" -> tx.inTransaction(() -> exchange(request, request.refreshToken(),
                    StoredToken.TokenKind.REFRESH, "refresh_token"));
            case "authorization_code" -> tx.inTransaction(() -> exchange(request, request.code(),
                    StoredToken.TokenKind.CODE, "code"));
            default -> throw new OAuthException(400, "unsupported_grant_type", "Unsupported grant_type: " + grant);
        };
    }

    /**
     * Mints an authorization code for an OAuth app, standing in for Help Scout's browser consent step; clients that use
     * the code flow exchange it at the token endpoint.
     */
    public String issueAuthorizationCode(Credential app) {
        String code = Secrets.generate(32);
        Instant now = clock.instant();
        store.storeToken(app.id(), StoredToken.TokenKind.CODE, Secrets.hash(code), now.plus(CODE_TTL), now);
        return code;
    }

    private Credential client(TokenRequest request) {
        if (request.clientId() == null || request.clientSecret() == null) {
            throw new OAuthException(400, "invalid_request", "Missing client_id or client_secret");
        }
        if (hasNul(request.clientId()) || hasNul(request.clientSecret())) {
            throw new OAuthException(401, "invalid_client", "Invalid client credentials");
        }
        Optional<Credential> app = store.findCredentialByClientId(request.clientId())
                .filter(credential -> credential.kind() == CredentialKind.HELPSCOUT_OAUTH_APP);
        // Hash the presented secret even when the id is unknown, so timing does not reveal which ids exist.
        String expected = app.map(Credential::secretHash).orElse(Secrets.hash("absent"));
        boolean secretOk = Secrets.matches(request.clientSecret(), expected);
        if (app.isEmpty() || !secretOk || app.get().revoked()) {
            throw new OAuthException(401, "invalid_client", "Invalid client credentials");
        }
        return app.get();
    }

    private TokenGrant exchange(TokenRequest request, String presented, StoredToken.TokenKind kind, String param) {
        Credential app = client(request);
        if (presented == null || presented.isBlank()) {
            throw new OAuthException(400, "invalid_request", "Missing " + param);
        }
        if (hasNul(presented)) {
            throw new OAuthException(400, "invalid_request", "Invalid " + param);
        }
        Instant now = clock.instant();
        StoredToken stored = store.findToken(Secrets.hash(presented))
                .filter(token -> token.kind() == kind && token.credentialId() == app.id())
                .filter(token -> token.expiresAt().isAfter(now) && token.usedAt() == null)
                .orElseThrow(() -> new OAuthException(400, "invalid_request", "Invalid " + param));
        if (!store.markTokenUsed(stored.id(), now)) {
            throw new OAuthException(400, "invalid_request", "Invalid " + param);
        }
        return access(app, true);
    }

    private TokenGrant access(Credential app, boolean withRefresh) {
        Instant now = clock.instant();
        String access = Secrets.generate(32);
        store.storeToken(app.id(), StoredToken.TokenKind.ACCESS, Secrets.hash(access), now.plus(accessTtl), now);
        String refresh = null;
        if (withRefresh) {
            refresh = Secrets.generate(40);
            store.storeToken(app.id(), StoredToken.TokenKind.REFRESH, Secrets.hash(refresh), now.plus(REFRESH_TTL),
                    now);
        }
        return new TokenGrant(access, accessTtl.toSeconds(), refresh);
    }

    /**
     * No credential holds a NUL character, and PostgreSQL refuses one in a text parameter with an error rather than a
     * miss: a presented value with one is unknown before it reaches a store, on both databases alike.
     */
    private static boolean hasNul(String presented) {
        return presented.indexOf('\u0000') >= 0;
    }

    private static Principal principalOf(Credential credential) {
        return new Principal(credential.accountId(), credential.userId(), credential.id(), credential.kind());
    }
}
