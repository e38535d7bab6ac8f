package io.frontdesk.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Javalin takes a request's method from `X-HTTP-Method-Override` when that header is present (its
 * {@code Context.method()}), so `GET /v2/customers/6` with `X-HTTP-Method-Override: DELETE` was routed to the DELETE
 * handler. Neither Help Scout nor HelpCrunch knows the header, and it turns a GET (which a proxy, a prefetcher or a
 * crafted link may send) into a write. Removed here, as Jetty hands the request over, before anything routes on it:
 * the request is what its request line says.
 */
final class NoMethodOverride implements HttpConfiguration.Customizer {

    static final String HEADER = "X-HTTP-Method-Override";

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (!request.getHeaders().contains(HEADER)) {
            return request;
        }
        HttpFields without = HttpFields.build(request.getHeaders()).remove(HEADER).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return without;
            }
        };
    }
}
