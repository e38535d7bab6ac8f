package io.frontdesk.web;

/**
 * A family of routes under one path prefix that shares authentication and error format. Requests are assigned to a
 * dialect by path alone, so even an unknown route or a malformed request is answered in the client's own format.
 */
public interface Dialect {

    /** True when the path belongs to this dialect. */
    boolean owns(String path);

    ErrorRenderer errors();

    /** Registers this dialect's routes and its authentication filter. */
    void routes(io.javalin.config.RoutesConfig routes);
}
