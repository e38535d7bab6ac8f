package io.frontdesk.web;

import io.frontdesk.error.ErrorKind;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Enumeration;

/**
 * The 8 kB bound on a request's head (request line and headers), answered in the dialect's format. Jetty refuses a
 * request line it cannot hold before it knows the path, so its own 414 could only be the plain format; Jetty's
 * buffer is therefore larger ({@link #JETTY_LIMIT}) and the 8 kB rule is applied here, once the path is known and the
 * dialect can be chosen. Only heads beyond Jetty's larger limit still get the plain `{status, message}` answer.
 */
final class RequestHeadSize {

    /** What a client may send: the request line, and the request line and headers together. */
    static final int LIMIT = 8 * 1024;
    /** Jetty's own limit: room to read the path of an oversized head so that its dialect can refuse it. */
    static final int JETTY_LIMIT = 64 * 1024;

    private RequestHeadSize() {
    }

    static void check(Context ctx) {
        HttpServletRequest request = ctx.req();
        String query = request.getQueryString();
        // `GET /path?query HTTP/1.1`, as it came in (the URI still encoded)
        int line = request.getMethod().length() + 1 + request.getRequestURI().length()
                + (query == null ? 0 : 1 + query.length()) + 1 + request.getProtocol().length() + 2;
        if (line > LIMIT) {
            throw ErrorHandling.byStatus(ErrorKind.URI_TOO_LONG.status(), null);
        }
        int head = line;
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                head += name.length() + 2 + values.nextElement().length() + 2;
            }
        }
        if (head > LIMIT) {
            throw ErrorHandling.byStatus(ErrorKind.HEADERS_TOO_LARGE.status(), null);
        }
    }
}
