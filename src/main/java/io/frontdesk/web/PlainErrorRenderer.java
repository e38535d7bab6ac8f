package io.frontdesk.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;

import java.util.HashMap;
import java.util.Map;

/** Errors for paths that belong to no vendor dialect (health, unknown roots): `{"status":…,"message":…}`. */
public final class PlainErrorRenderer implements ErrorRenderer {

    @Override
    public RenderedError render(ApiException error, String incidentId) {
        Map<String, String> headers = new HashMap<>();
        ObjectNode body = Json.object();
        body.put("status", error.kind().status());
        body.put("message", incidentId == null ? error.getMessage() : "Internal server error, incident " + incidentId);
        return new RenderedError(error.kind().status(), "application/json", headers, body);
    }
}
