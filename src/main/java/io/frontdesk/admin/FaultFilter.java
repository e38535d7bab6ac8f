package io.frontdesk.admin;

import io.frontdesk.account.Principal;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.web.Dialect;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import java.util.List;
import java.util.Optional;

/**
 * Injects the sandbox's faults into vendor API requests. It runs after every dialect's authentication and rate-limit
 * filters (the admin API registers it last), so rules can match the account; a request that fails authentication is
 * answered as usual. A fault's status is thrown as the neutral error, so the dialect renders it in its own body; a 429
 * also carries the vendor's rate-limit headers. {@code X-Frontdesk-Fault: 503} (or {@code 429}, {@code 500},
 * {@code drop}, {@code delay=250}) makes a one-off fault of one request.
 */
final class FaultFilter {

    static final String HEADER = "X-Frontdesk-Fault";

    private final List<Dialect> dialects;
    private final FaultRules rules;

    FaultFilter(List<Dialect> dialects, FaultRules rules) {
        this.dialects = dialects;
        this.rules = rules;
    }

    void handle(Context ctx) throws InterruptedException {
        Dialect dialect = dialectOf(dialects, ctx.path());
        if (dialect == null) {
            return;
        }
        Principal principal = Requests.principalOrNull(ctx);
        Long account = principal == null ? null : principal.accountId();
        Optional<FaultRule> fault = Optional.ofNullable(fromHeader(ctx.header(HEADER)))
                .or(() -> rules.take(dialect.name(), ctx.method().name(), ctx.path(), account));
        if (fault.isEmpty()) {
            return;
        }
        FaultRule rule = fault.get();
        if (rule.latencyMs() > 0) {
            // Holds this request's thread: latency is for tests that measure their client's timeouts (docs/sandbox.md).
            Thread.sleep(rule.latencyMs());
        }
        if (rule.drop()) {
            ctx.skipRemainingHandlers();
            ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                    .getEndPoint().close();
            return;
        }
        if (rule.status() > 0) {
            if (rule.status() == 429) {
                dialect.refusedRateLimitHeaders().forEach(ctx::header);
            }
            throw new ApiException(kind(rule.status()), message(rule.status()), List.of(),
                    rule.status() == 429 || rule.status() == 503 ? 1 : 0);
        }
    }

    /** The vendor dialect owning the path; null for the admin API, health and unknown roots. */
    static Dialect dialectOf(List<Dialect> dialects, String path) {
        for (Dialect d : dialects) {
            if (d.owns(path)) {
                return d instanceof AdminApi ? null : d;
            }
        }
        return null;
    }

    /** A one-off rule from the header; null when absent or not understood (the request then runs as usual). */
    static FaultRule fromHeader(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("drop")) {
            return new FaultRule(0, null, null, null, null, 0, 0, true, 1, 1);
        }
        if (v.startsWith("delay=")) {
            long ms = parse(v.substring(6));
            return ms < 0 || ms > AdminReaders.MAX_LATENCY_MS ? null
                    : new FaultRule(0, null, null, null, null, 0, ms, false, 1, 1);
        }
        long status = parse(v);
        return AdminReaders.faultStatus((int) Math.min(status, 1000))
                ? new FaultRule(0, null, null, null, null, (int) status, 0, false, 1, 1) : null;
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ErrorKind kind(int status) {
        for (ErrorKind kind : ErrorKind.values()) {
            if (kind.status() == status) {
                return kind;
            }
        }
        return status >= 500 ? ErrorKind.INTERNAL : ErrorKind.BAD_REQUEST;
    }

    private static String message(int status) {
        return switch (status) {
            case 429 -> "API rate limit exceeded";
            case 503 -> "Service unavailable";
            case 500 -> "Internal server error";
            default -> "Fault injected by the sandbox";
        };
    }
}
