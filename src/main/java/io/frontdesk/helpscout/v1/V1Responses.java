package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.web.Json;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Every 1.0 JSON answer: `application/json; charset=utf-8`, trimmed by the request's `fields=` selector if any. */
final class V1Responses {

    private V1Responses() {
    }

    static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    static void json(Context ctx, int status, Object body) {
        String fields = ctx.queryParam("fields");
        Object out = body;
        if (fields != null && !fields.isBlank()) {
            JsonNode tree = Json.MAPPER.valueToTree(body);
            out = V1FieldSelector.parse(fields).applyToEnvelope(tree);
        }
        Responses.json(ctx, status, V1ErrorRenderer.CONTENT_TYPE, out);
    }
}
