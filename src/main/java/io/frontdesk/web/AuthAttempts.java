package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.ratelimit.AuthFailures;
import io.javalin.http.Context;

import java.util.List;
import java.util.function.Supplier;

/**
 * Brakes credential guessing: an address (or an OAuth client id) that has failed too often this minute is refused
 * with the dialect's 429 and Retry-After before its credentials are even looked at, so a guess made while refused
 * tells nothing. Only presented credentials that turn out wrong count; a request with none is no guess, and a
 * success counts for nothing. The address is the peer's, or the one a trusted proxy forwarded ({@link Forwarding}).
 */
public final class AuthAttempts {

    private final AuthFailures failures;

    public AuthAttempts(AuthFailures failures) {
        this.failures = failures;
    }

    /**
     * Runs {@code attempt}, counting a 401 against the caller's address.
     *
     * @param presented the key or token the client sent, null or blank when none
     */
    public <T> T attempt(Context ctx, String presented, Supplier<T> attempt) {
        String address = Requests.clientAddress(ctx);
        refuseIfBlocked(address, null);
        try {
            return attempt.get();
        } catch (ApiException e) {
            if (e.kind() == ErrorKind.UNAUTHORIZED && presented != null && !presented.isBlank()) {
                failures.failed(address, null);
            }
            throw e;
        }
    }

    /** The token endpoint: refuses an address or client id that has failed too often this minute. */
    public void refuseIfBlocked(Context ctx, String clientId) {
        refuseIfBlocked(Requests.clientAddress(ctx), clientId);
    }

    /** The token endpoint: one refused token request, against the address and the client id it named. */
    public void failed(Context ctx, String clientId) {
        failures.failed(Requests.clientAddress(ctx), clientId);
    }

    private void refuseIfBlocked(String address, String clientId) {
        long retryAfter = failures.retryAfterSeconds(address, clientId);
        if (retryAfter > 0) {
            throw new ApiException(ErrorKind.TOO_MANY_REQUESTS, "Too many failed authentications; try again later",
                    List.of(), retryAfter);
        }
    }
}
