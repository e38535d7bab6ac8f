package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.account.AuthService;
import io.frontdesk.account.OAuthException;
import io.frontdesk.account.TokenGrant;
import io.frontdesk.account.TokenRequest;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.web.AuthAttempts;
import io.frontdesk.web.Json;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * `POST /v2/oauth2/token`. Real clients send the parameters every possible way (query string, form body, JSON body,
 * HTTP Basic for the client pair), so all are read; body wins over query, explicit parameters over Basic.
 */
final class V2TokenHandler {

    private final AuthService auth;
    private final AuthAttempts attempts;

    V2TokenHandler(AuthService auth, AuthAttempts attempts) {
        this.auth = auth;
        this.attempts = attempts;
    }

    void token(Context ctx) {
        try {
            TokenGrant grant = issue(ctx, request(ctx));
            ObjectNode body = Json.object();
            body.put("token_type", "bearer");
            body.put("access_token", grant.accessToken());
            body.put("expires_in", grant.expiresInSeconds());
            if (grant.refreshToken() != null) {
                body.put("refresh_token", grant.refreshToken());
            }
            ctx.header("Cache-Control", "no-store");
            Responses.json(ctx, 200, "application/json", body);
        } catch (OAuthException e) {
            ObjectNode body = Json.object();
            body.put("error", e.error());
            body.put("error_description", e.getMessage());
            ctx.header("Cache-Control", "no-store");
            Responses.json(ctx, e.status(), "application/json", body);
        }
    }

    /**
     * Every refused token request counts against the caller's address and the client id it named (a wrong secret, a
     * guessed code or refresh token); an address or client id that has failed too often this minute gets the 429.
     */
    private TokenGrant issue(Context ctx, TokenRequest request) {
        attempts.refuseIfBlocked(ctx, request.clientId());
        try {
            return auth.issueToken(request);
        } catch (OAuthException e) {
            attempts.failed(ctx, request.clientId());
            throw e;
        }
    }

    private static TokenRequest request(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        JsonNode json = null;
        if (media.equals("application/json") || media.endsWith("+json")) {
            try {
                json = JsonBody.read(ctx);
            } catch (ApiException e) {
                // too large is a 413 as on every route; what cannot be read is OAuth's own invalid_request
                if (e.kind() == ErrorKind.PAYLOAD_TOO_LARGE) {
                    throw e;
                }
                throw new OAuthException(400, "invalid_request", "The request body is not valid JSON");
            }
        }
        boolean form = media.equals("application/x-www-form-urlencoded");
        String[] basic = basic(ctx.header("Authorization"));
        return new TokenRequest(
                param(ctx, json, form, "grant_type", null),
                param(ctx, json, form, "client_id", basic[0]),
                param(ctx, json, form, "client_secret", basic[1]),
                param(ctx, json, form, "refresh_token", null),
                param(ctx, json, form, "code", null));
    }

    private static String param(Context ctx, JsonNode json, boolean form, String name, String fallback) {
        if (json != null && json.hasNonNull(name)) {
            return json.get(name).asText();
        }
        if (form) {
            String value = ctx.formParam(name);
            if (value != null) {
                return value;
            }
        }
        String query = ctx.queryParam(name);
        return query != null ? query : fallback;
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new String[] {null, null};
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[] {decoded, null}
                    : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[] {null, null};
        }
    }
}
