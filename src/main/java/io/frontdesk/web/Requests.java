package io.frontdesk.web;

import io.frontdesk.account.Principal;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.javalin.config.Key;
import io.javalin.http.Context;

import java.net.URI;
import java.util.Optional;

/** Helpers every dialect's handlers share: the caller, path ids, and this server's public base URL. */
public final class Requests {

    static final String PRINCIPAL = "frontdesk.principal";

    /** Per server, not per process: two servers in one JVM (tests, embedding) may have different public URLs. */
    static final Key<Optional<URI>> PUBLIC_URL = new Key<>("frontdesk.public-url");

    static final Key<Forwarding> FORWARDING = new Key<>("frontdesk.forwarding");

    private Requests() {
    }

    public static void authenticate(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw ApiException.unauthorized("Not authenticated");
        }
        return principal;
    }

    public static Principal principalOrNull(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /**
     * A positive id from the path. Anything else cannot name a row, so it is a 404 like any unknown id: clients see
     * the same answer for `/customers/abc` as for `/customers/999999`.
     */
    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through: not an id
        }
        throw ApiException.notFound("Resource not found");
    }

    /** An optional positive whole number from the query string; a bad value is the client's error, named. */
    public static Optional<Long> queryLong(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
            throw ApiException.invalid(FieldError.query(name, "InvalidNumber", "must be a number", raw));
        }
    }

    /**
     * The base of absolute links: the configured public URL, else what the request was addressed to (its Host, or
     * the forwarded host and scheme when a trusted proxy sent it; see {@link Forwarding}).
     */
    public static String baseUrl(Context ctx) {
        Optional<URI> configured = ctx.appData(PUBLIC_URL);
        if (configured.isPresent()) {
            return configured.get().toString();
        }
        return ctx.appData(FORWARDING).origin(ctx);
    }

    /** The client's address, for limits: the peer's, or the forwarded one when a trusted proxy is the peer. */
    public static String clientAddress(Context ctx) {
        return ctx.appData(FORWARDING).clientAddress(ctx);
    }
}
