package io.frontdesk.web;

/**
 * A family of routes under one path prefix that shares authentication and error format. Requests are assigned to a
 * dialect by path alone, so even an unknown route or a malformed request is answered in the client's own format.
 */
public interface Dialect {

    /** True when the path belongs to this dialect. */
    boolean owns(String path);

    ErrorRenderer errors();

    /** A short stable name: helpscout-v2, helpscout-v1, helpcrunch (sandbox faults and the journal match on it). */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The headers this dialect sends with a rate-limit refusal (every window used up), so that a 429 the sandbox
     * injects looks like the vendor's; Retry-After comes from the error renderer.
     */
    default java.util.Map<String, String> refusedRateLimitHeaders() {
        return java.util.Map.of();
    }

    /**
     * Called once every request has been answered, whatever its path (the sandbox's request journal); after the
     * request log line.
     */
    default void requestDone(io.javalin.http.Context ctx, Float millis) {
    }

    /** Registers this dialect's routes and its authentication filter. */
    void routes(io.javalin.config.RoutesConfig routes);
}
