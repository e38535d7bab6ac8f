package io.frontdesk.admin;

import io.frontdesk.error.ApiException;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin API's one credential: a bearer token from the configuration, compared in constant time. Tenant
 * credentials are never looked up here, so no API key, client secret or access token opens the admin API, and the
 * admin token opens no dialect. The token is never logged (RequestLog logs no headers).
 */
final class AdminAuth {

    private final byte[] token;

    AdminAuth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("The admin API needs Authorization: Bearer <admin-token>");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw ApiException.unauthorized("Invalid admin token");
        }
    }
}
