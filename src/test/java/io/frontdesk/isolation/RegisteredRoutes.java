package io.frontdesk.isolation;

import io.frontdesk.testing.TestRoutes;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints a running server registered, read from Javalin's router rather than from the route tables, so an
 * endpoint added anywhere is seen. The routes that only tests add ({@link TestRoutes}) are left out: they are found
 * by registering them on a bare Javalin, not by a list that could drift.
 */
final class RegisteredRoutes {

    private static final Pattern PARAM = Pattern.compile("[{<]([^}>]+)[}>]");

    /** One method on one registered path, as written in the route table (`/v2/customers/{id}`). */
    record Route(String method, String path) {

        /** The names of the path parameters, in order. */
        Set<String> params() {
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = PARAM.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RegisteredRoutes() {
    }

    /** Every HTTP endpoint of {@code server}, sorted by path and method, without the test-only ones. */
    static List<Route> of(Javalin server) {
        Set<Route> testOnly = routes(Javalin.create(config -> TestRoutes.register(config.routes)));
        List<Route> routes = new ArrayList<>();
        for (Route route : routes(server)) {
            if (!testOnly.contains(route)) {
                routes.add(route);
            }
        }
        return routes;
    }

    private static Set<Route> routes(Javalin server) {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::path).thenComparing(Route::method));
        for (ParsedEndpoint parsed : server.unsafe.internalRouter.allHttpHandlers()) {
            // Before and after filters are handler types too; only real methods are endpoints.
            if (parsed.endpoint.method.isHttpMethod()) {
                routes.add(new Route(parsed.endpoint.method.name(), parsed.endpoint.path));
            }
        }
        return routes;
    }
}
