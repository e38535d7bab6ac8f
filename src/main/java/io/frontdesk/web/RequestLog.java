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
        LOG.info("{} {} {} {}ms account={}", ctx.method(), ctx.path(), ctx.statusCode(),
                String.format("%.1f", millis == null ? 0f : millis),
                principal == null ? "-" : principal.accountId());
    }
}
