package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.mailbox.Routing;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;

/** `PUT /v2/mailboxes/{id}/routing`: all four fields required; the limits on their values sit in the service. */
final class V2RoutingReader {

    private V2RoutingReader() {
    }

    static Routing read(JsonNode body) {
        Validation validation = new Validation();
        JsonFields fields = JsonFields.root(body, validation);
        String state = fields.string("state");
        Long limit = fields.integer("assignmentLimit");
        String method = fields.string("assignmentMethod");
        if (state == null) {
            required(fields, "state", validation);
        } else if (!state.equals("enabled") && !state.equals("disabled")) {
            validation.add(FieldError.of("state", "InvalidValue", "must be enabled or disabled", state));
        }
        if (limit == null) {
            required(fields, "assignmentLimit", validation);
        } else if (limit < Routing.MIN_LIMIT || limit > Routing.MAX_LIMIT) {
            validation.add(FieldError.of("assignmentLimit", "Range", "must be between " + Routing.MIN_LIMIT + " and "
                    + Routing.MAX_LIMIT, limit));
        }
        Routing.Method parsed = method == null ? null : Routing.Method.fromToken(method);
        if (method == null) {
            required(fields, "assignmentMethod", validation);
        } else if (parsed == null) {
            validation.add(FieldError.of("assignmentMethod", "InvalidValue", "must be round_robin or balanced",
                    method));
        }
        List<Long> userIds = userIds(fields.node().get("userIds"), validation);
        validation.throwIfAny();
        return new Routing(state.equals("enabled"), limit.intValue(), parsed, userIds);
    }

    private static List<Long> userIds(JsonNode node, Validation validation) {
        List<Long> ids = new ArrayList<>();
        if (node == null || node.isNull()) {
            validation.add(FieldError.of("userIds", "NotNull", "may not be null"));
            return ids;
        }
        if (!node.isArray()) {
            validation.add(FieldError.of("userIds", "InvalidType", "must be an array of user ids", node.toString()));
            return ids;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (id.isIntegralNumber() && id.canConvertToLong()) {
                ids.add(id.longValue());
            } else {
                validation.add(FieldError.of("userIds[" + i + "]", "InvalidType", "must be a user id",
                        id.isContainerNode() ? "(" + id.getNodeType().name().toLowerCase() + ")" : id.asText()));
            }
        }
        return ids;
    }

    private static void required(JsonFields fields, String name, Validation validation) {
        // a present value of the wrong type was reported by the reader already
        if (!fields.has(name) || fields.isNull(name)) {
            validation.add(FieldError.of(name, "NotNull", "may not be null"));
        }
    }
}
