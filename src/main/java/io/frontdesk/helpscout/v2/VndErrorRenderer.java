package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.Json;
import io.frontdesk.web.RenderedError;

import java.util.UUID;

import java.util.HashMap;
import java.util.Map;

/**
 * Help Scout 2.0 errors: vnd.error with `logRef`, `message`, `_embedded.errors[]` and an `about` link, served as
 * exactly `application/vnd.error+json` (the PHP SDK compares the header literally).
 */
final class VndErrorRenderer implements ErrorRenderer {

    static final String CONTENT_TYPE = "application/vnd.error+json";
    private static final String ABOUT = "http://developer.helpscout.net/mailbox-api/overview/errors";

    @Override
    public RenderedError render(ApiException error, String incidentId) {
        Map<String, String> headers = new HashMap<>();
        ObjectNode body = Json.object();
        body.put("logRef", incidentId != null ? incidentId : UUID.randomUUID().toString());
        body.put("message", message(error));
        ArrayNode errors = body.putObject("_embedded").putArray("errors");
        for (FieldError field : error.errors()) {
            ObjectNode item = errors.addObject();
            item.put("path", field.path());
            item.put("message", field.message());
            if (field.rejectedValue() != null) {
                item.put("rejectedValue", String.valueOf(field.rejectedValue()));
            }
            item.put("source", source(field.source()));
            item.putObject("_links").putObject("about").put("href", ABOUT + "#" + field.code());
        }
        String anchor = error.kind() == ErrorKind.MALFORMED_BODY ? "#invalid-json" : "";
        body.putObject("_links").putObject("about").put("href", ABOUT + anchor);
        if (error.kind() == ErrorKind.TOO_MANY_REQUESTS && error.retryAfterSeconds() > 0) {
            headers.put("X-RateLimit-Retry-After", Long.toString(error.retryAfterSeconds()));
            // the standard header too, for HTTP clients and proxies that know nothing of Help Scout's
            headers.put("Retry-After", Long.toString(error.retryAfterSeconds()));
        }
        return new RenderedError(error.kind().status(), CONTENT_TYPE, headers, body);
    }

    private static String message(ApiException error) {
        return switch (error.kind()) {
            case VALIDATION -> "Bad request";
            case MALFORMED_BODY -> "Error parsing request body into JSON";
            case INTERNAL -> "Internal server error";
            default -> error.getMessage();
        };
    }

    private static String source(FieldError.Source source) {
        return switch (source) {
            case BODY -> "JSON";
            case QUERY -> "QUERY";
            case PATH -> "PATH";
        };
    }
}
