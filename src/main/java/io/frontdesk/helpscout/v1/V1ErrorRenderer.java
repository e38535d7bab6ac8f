package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.ErrorRenderer;
import io.frontdesk.web.Json;
import io.frontdesk.web.RenderedError;

import java.util.HashMap;
import java.util.Map;

/**
 * Help Scout 1.0 errors: `{"status":…,"message":…}`, and for validation the captured
 * `{"code":400,"error":"Input could not be validated","validationErrors":[{property,value,message}]}`.
 */
final class V1ErrorRenderer implements ErrorRenderer {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    @Override
    public RenderedError render(ApiException error, String incidentId) {
        Map<String, String> headers = new HashMap<>();
        int status = error.kind().status();
        ObjectNode body = Json.object();
        if (error.kind() == ErrorKind.VALIDATION) {
            body.put("code", status);
            body.put("error", "Input could not be validated");
            ArrayNode items = body.putArray("validationErrors");
            for (FieldError field : error.errors()) {
                ObjectNode item = items.addObject();
                item.put("property", field.path());
                if (field.rejectedValue() == null) {
                    item.putNull("value");
                } else {
                    item.put("value", String.valueOf(field.rejectedValue()));
                }
                item.put("message", field.message());
            }
        } else {
            body.put("status", status);
            body.put("message", incidentId != null ? "Internal server error, incident " + incidentId
                    : error.getMessage());
        }
        if (error.kind() == ErrorKind.UNAUTHORIZED) {
            headers.put("WWW-Authenticate", "Basic realm=\"Help Scout\"");
        }
        if (error.kind() == ErrorKind.TOO_MANY_REQUESTS && error.retryAfterSeconds() > 0) {
            headers.put("Retry-After", Long.toString(error.retryAfterSeconds()));
        }
        return new RenderedError(status, CONTENT_TYPE, headers, body);
    }
}
