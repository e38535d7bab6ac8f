package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowService;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowType;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** The list's parameters, the status PATCH and the run body of `/v2/workflows`. */
final class V2WorkflowReader {

    private V2WorkflowReader() {
    }

    /** `mailboxId` (a positive number) and `type` (`manual` or `automatic`), both optional. */
    static WorkflowFilter filter(Context ctx) {
        Long mailboxId = null;
        String mailbox = ctx.queryParam("mailboxId");
        if (mailbox != null && !mailbox.isBlank()) {
            try {
                mailboxId = Long.parseLong(mailbox.trim());
            } catch (NumberFormatException e) {
                mailboxId = 0L;
            }
            if (mailboxId <= 0) {
                throw ApiException.invalid(FieldError.query("mailboxId", "InvalidNumber", "must be a mailbox id",
                        mailbox));
            }
        }
        WorkflowType type = null;
        String typeText = ctx.queryParam("type");
        if (typeText != null && !typeText.isBlank()) {
            type = WorkflowType.parse(typeText).orElseThrow(() -> ApiException.invalid(FieldError.query("type",
                    "EnumValue", "Expected one of these: 'manual', 'automatic'", typeText)));
        }
        return new WorkflowFilter(mailboxId, type);
    }

    /**
     * `{"op":"replace","path":"/status","value":"active"|"inactive"}`: Help Scout documents one operation object; an
     * array holding exactly one is taken too, as for conversations.
     */
    static WorkflowStatus status(JsonNode body) {
        Validation validation = new Validation();
        List<V2SingleOps.Op> ops = V2SingleOps.parse(body, validation);
        validation.throwIfAny();
        if (ops.size() != 1) {
            throw ApiException.badRequest("The request body must be one JSON Patch operation");
        }
        V2SingleOps.Op op = ops.get(0);
        if (!op.path().equals("/status")) {
            throw ApiException.invalid(FieldError.of(op.at("path"), "InvalidValue", "Expected: /status", op.path()));
        }
        if (!V2SingleOps.allow(op, validation, "replace")) {
            validation.throwIfAny();
        }
        JsonNode value = V2SingleOps.value(op, op.at("value"), validation);
        validation.throwIfAny();
        WorkflowStatus status = value.isTextual() ? WorkflowStatus.parse(value.textValue()).orElse(null) : null;
        if (status != WorkflowStatus.ACTIVE && status != WorkflowStatus.INACTIVE) {
            throw ApiException.invalid(FieldError.of(op.at("value"), "EnumValue",
                    "Expected one of these: 'active', 'inactive'", value.asText()));
        }
        return status;
    }

    /** `{"conversationIds":[…]}`: 1-50 conversation ids. */
    static List<Long> conversationIds(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        JsonNode list = body.get("conversationIds");
        Validation validation = new Validation();
        List<Long> ids = new ArrayList<>();
        if (list == null || list.isNull() || !list.isArray()) {
            validation.add(FieldError.of("conversationIds", list == null || list.isNull() ? "NotNull"
                    : "InvalidType", "must be an array of conversation ids", list == null ? null : list.toString()));
        } else if (list.isEmpty() || list.size() > WorkflowService.MAX_RUN) {
            validation.add(FieldError.of("conversationIds", "Size", "must hold 1-" + WorkflowService.MAX_RUN
                    + " ids", list.size()));
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode id = list.get(i);
                if (id.isIntegralNumber() && id.canConvertToLong() && id.longValue() > 0) {
                    ids.add(id.longValue());
                } else {
                    validation.add(FieldError.of("conversationIds[" + i + "]", "InvalidType",
                            "must be a conversation id", id.toString()));
                }
            }
        }
        validation.throwIfAny();
        return ids;
    }
}
