package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.workflow.WorkflowService;

import java.util.ArrayList;
import java.util.List;

/** The body of `POST /v1/workflows/{id}/conversations.json`. */
final class V1WorkflowReader {

    /** Help Scout's 1.0 table spells the field so; the Java SDK sends `conversationIds`. Both are taken. */
    static final String MISSPELLED = "converationIds";

    private V1WorkflowReader() {
    }

    /** `{"conversationIds":[…]}` (or `converationIds`): 1-50 conversation ids. */
    static List<Long> conversationIds(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        String name = body.has("conversationIds") || !body.has(MISSPELLED) ? "conversationIds" : MISSPELLED;
        JsonNode list = body.get(name);
        Validation validation = new Validation();
        List<Long> ids = new ArrayList<>();
        if (list == null || list.isNull() || !list.isArray()) {
            validation.add(FieldError.of(name, "NotNull", "must be an array of conversation ids",
                    list == null ? null : list.toString()));
        } else if (list.isEmpty() || list.size() > WorkflowService.MAX_RUN) {
            validation.add(FieldError.of(name, "Size", "must hold 1-" + WorkflowService.MAX_RUN + " ids",
                    list.size()));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode id = list.get(i);
                if (id.isIntegralNumber() && id.canConvertToLong() && id.longValue() > 0) {
                    ids.add(id.longValue());
                } else {
                    validation.add(FieldError.of(name + "[" + i + "]", "InvalidType", "must be a conversation id",
                            id.toString()));
                }
            }
        }
        validation.throwIfAny();
        return ids;
    }
}
