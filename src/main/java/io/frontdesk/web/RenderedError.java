package io.frontdesk.web;

import java.util.Map;

/**
 * An error as one dialect writes it: status, exact Content-Type, extra headers and a JSON body. Kept apart from any
 * request object so the same rendering serves Javalin's exception handlers and Jetty's own refusals.
 */
public record RenderedError(int status, String contentType, Map<String, String> headers, Object body) {

    public RenderedError {
        headers = Map.copyOf(headers);
    }
}
