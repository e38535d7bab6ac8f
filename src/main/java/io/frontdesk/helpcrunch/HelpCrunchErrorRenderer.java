package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.Json;
import io.frontdesk.web.RenderedError;

import java.util.HashMap;
import java.util.Map;

/**
 * HelpCrunch errors: always `{"errors":[{"code":"invalid_request","message":"Invalid request"}, …specific…]}`.
 * Validation entries use the property path as their code; a conflict on a unique field is the observed
 * `invalid_<field>_value` family with status 400, which is what HelpCrunch answers for a reused userId.
 */
final class HelpCrunchErrorRenderer implements ErrorRenderer {

    static final String CONTENT_TYPE = "application/json";

    @Override
    public RenderedError render(ApiException error, String incidentId) {
        Map<String, String> headers = new HashMap<>();
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("errors");
        add(errors, "invalid_request", "Invalid request");
        int status = error.kind().status();
        switch (error.kind()) {
            case UNAUTHORIZED -> add(errors, "unauthorized", "Unauthorized");
            case NOT_FOUND -> add(errors, "not_found", error.getMessage());
            case TOO_MANY_REQUESTS -> {
                add(errors, "too_many_requests", "Too many requests");
                if (error.retryAfterSeconds() > 0) {
                    headers.put("Retry-After", Long.toString(error.retryAfterSeconds()));
                }
            }
            case VALIDATION -> error.errors().forEach(field -> add(errors, field.path(), field.message()));
            case CONFLICT -> {
                status = 400;
                for (FieldError field : error.errors()) {
                    add(errors, "invalid_" + field.path() + "_value", field.message());
                }
            }
            case MALFORMED_BODY -> add(errors, "invalid_json", "Malformed JSON in the request body");
            case METHOD_NOT_ALLOWED -> add(errors, "method_not_allowed", "Method not allowed");
            case PAYLOAD_TOO_LARGE -> add(errors, "payload_too_large", error.getMessage());
            case UNSUPPORTED_MEDIA_TYPE -> add(errors, "unsupported_media_type", error.getMessage());
            case REQUEST_TIMEOUT -> add(errors, "request_timeout", error.getMessage());
            case UNAVAILABLE -> add(errors, "service_unavailable", error.getMessage());
            case INTERNAL -> add(errors, "internal_error", "Internal server error, incident " + incidentId);
            default -> add(errors, "bad_request", error.getMessage());
        }
        return new RenderedError(status, CONTENT_TYPE, headers, body);
    }

    private static void add(ArrayNode errors, String code, String message) {
        ObjectNode item = errors.addObject();
        item.put("code", code);
        item.put("message", message);
    }
}
