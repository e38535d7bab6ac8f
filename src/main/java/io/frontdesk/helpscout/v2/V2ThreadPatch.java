package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ThreadChange;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.ArrayList;
import java.util.List;

/** `PATCH /v2/conversations/{id}/threads/{threadId}`: `replace /text` and `replace /hidden`. */
final class V2ThreadPatch {

    private V2ThreadPatch() {
    }

    static List<ThreadChange> read(JsonNode body) {
        Validation validation = new Validation();
        List<ThreadChange> changes = new ArrayList<>();
        for (V2SingleOps.Op op : V2SingleOps.parse(body, validation)) {
            if (!op.path().equals("/text") && !op.path().equals("/hidden")) {
                validation.add(FieldError.of(op.at("path"), "InvalidValue",
                        "Not a path a thread PATCH supports: /text, /hidden", op.path()));
                continue;
            }
            if (!V2SingleOps.allow(op, validation, "replace")) {
                continue;
            }
            String field = op.path().substring(1);
            JsonNode value = V2SingleOps.value(op, field, validation);
            if (value == null) {
                continue;
            }
            if (field.equals("text")) {
                if (!value.isValueNode() || value.asText().isBlank()) {
                    validation.add(FieldError.of("text", "NotEmpty", "may not be empty", value.asText()));
                } else {
                    changes.add(new ThreadChange.Text(value.asText()));
                }
            } else if (value.isBoolean() || value.asText().equals("true") || value.asText().equals("false")) {
                changes.add(new ThreadChange.Hidden(value.asBoolean()));
            } else {
                validation.add(FieldError.of("hidden", "InvalidType", "must be true or false", value.asText()));
            }
        }
        validation.throwIfAny();
        return changes;
    }
}
