package io.frontdesk.web;

import io.frontdesk.account.Principal;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request. It names the path but never the query string or headers: token requests may carry a client
 * secret in the query, and every request carries a credential in its headers.
 */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("frontdesk.request");

    private RequestLog() {
    }

    static void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Principal principal = Requests.principalOrNull(ctx);
        // Tenths of a millisecond by integer arithmetic: String.format parses its pattern on every call.
        long tenths = millis == null ? 0 : Math.round(millis * 10.0);
        LOG.info("{} {} {} {}.{}ms account={}", ctx.method(), ctx.path(), ctx.statusCode(), tenths / 10, tenths % 10,
                principal == null ? "-" : principal.accountId());
    }
}
