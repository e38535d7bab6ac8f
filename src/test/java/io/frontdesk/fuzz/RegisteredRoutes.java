package io.frontdesk.fuzz;

import io.frontdesk.Application;
import io.frontdesk.web.BodyLimit;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The write endpoints the route tables really register, read from Javalin's router (`Javalin.unsafe` is its documented
 * way in), with the body limit each declares. Building the HTTP server this way registers routes without starting it.
 */
final class RegisteredRoutes {

    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private RegisteredRoutes() {
    }

    /** `METHOD /path` of every write endpoint, with its declared body limit. */
    static Map<String, BodyLimit> writes(Application app) {
        Javalin http = app.http();
        Map<String, BodyLimit> routes = new TreeMap<>();
        for (ParsedEndpoint parsed : http.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.endpoint;
            if (WRITES.contains(endpoint.method)) {
                routes.put(endpoint.method.name() + " " + endpoint.path, limit(endpoint));
            }
        }
        return routes;
    }

    private static BodyLimit limit(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        if (roles != null) {
            for (Object role : roles.getRoles()) {
                if (role instanceof BodyLimit limit) {
                    return limit;
                }
            }
        }
        return BodyLimit.DEFAULT;
    }
}
