package io.frontdesk.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.Json;
import io.frontdesk.web.RenderedError;

import java.util.Locale;
import java.util.Map;

/**
 * The admin API's own error body, unlike any vendor's so that a test never mistakes one for the other:
 * {@code {"error":{"status":404,"code":"not_found","message":"…","fields":[{"field":"…","message":"…"}]}}}.
 */
final class AdminErrors implements ErrorRenderer {

    @Override
    public RenderedError render(ApiException error, String incidentId) {
        ObjectNode body = Json.object();
        ObjectNode inner = body.putObject("error");
        inner.put("status", error.kind().status());
        inner.put("code", error.kind().name().toLowerCase(Locale.ROOT));
        inner.put("message", incidentId == null ? error.getMessage() : "Internal server error, incident " + incidentId);
        ArrayNode fields = inner.putArray("fields");
        for (FieldError field : error.errors()) {
            fields.addObject().put("field", field.path()).put("message", field.message());
        }
        Map<String, String> headers = error.kind().status() == 401
                ? Map.of("WWW-Authenticate", "Bearer realm=\"frontdesk-admin\"") : Map.of();
        return new RenderedError(error.kind().status(), "application/json", headers, body);
    }
}
