package io.frontdesk.web;

import io.frontdesk.account.Principal;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.ratelimit.RateDecision;
import io.frontdesk.ratelimit.RateLimiter;
import io.frontdesk.ratelimit.RatePolicy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * A dialect's rate-limit filter, registered right after its authentication filter: the account is known then, and a
 * request that failed authentication never gets here, so it is not counted. A request without an account (the
 * OAuth token endpoint) is not limited. The headers are set before the handler runs, so they are on every response
 * of a counted request, errors included; a refusal is an {@link ApiException} that the dialect renders.
 */
public final class RateLimitFilter implements Handler {

    private final RateLimiter limiter;
    private final RatePolicy policy;
    private final RateLimitHeaders headers;

    public RateLimitFilter(RateLimiter limiter, RatePolicy policy, RateLimitHeaders headers) {
        this.limiter = limiter;
        this.policy = policy;
        this.headers = headers;
    }

    @Override
    public void handle(Context ctx) {
        Principal principal = Requests.principalOrNull(ctx);
        if (principal == null) {
            return;
        }
        RateDecision decision = limiter.check(principal.accountId(), policy, isWrite(ctx.method()));
        if (decision.windows().isEmpty()) {
            return;
        }
        headers.write(decision, ctx::header);
        if (!decision.allowed()) {
            throw new ApiException(ErrorKind.TOO_MANY_REQUESTS, "API rate limit exceeded", List.of(),
                    decision.retryAfterSeconds());
        }
    }

    /** The headers of a refusal with every window of the policy used up, at its default limits (sandbox faults). */
    public java.util.Map<String, String> refusedHeaders() {
        List<RateDecision.WindowState> windows = policy.windows().stream()
                .map(w -> new RateDecision.WindowState(w, w.defaultLimit(), 0)).toList();
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        headers.write(new RateDecision(io.frontdesk.ratelimit.RateLimitMode.ENFORCE, false, windows, 1), out::put);
        return out;
    }

    /** POST, PUT, PATCH and DELETE; Help Scout's documents call these writes (HandlerType is a record: equals). */
    static boolean isWrite(HandlerType method) {
        return HandlerType.POST.equals(method) || HandlerType.PUT.equals(method) || HandlerType.PATCH.equals(method)
                || HandlerType.DELETE.equals(method);
    }
}
