package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationChange;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.ArrayList;
import java.util.List;

/**
 * `PATCH /v2/conversations/{id}`: `replace /subject`, `replace /status`, `replace|remove /assignTo`,
 * `move /mailboxId` (`replace` accepted too), `replace /primaryCustomer.id` and `replace /draft` with false (publish).
 * Everything is checked before the service applies the changes in one transaction.
 */
final class V2ConversationPatch {

    private V2ConversationPatch() {
    }

    static List<ConversationChange> read(JsonNode body) {
        Validation validation = new Validation();
        List<ConversationChange> changes = new ArrayList<>();
        for (V2SingleOps.Op op : V2SingleOps.parse(body, validation)) {
            ConversationChange change = change(op, validation);
            if (change != null) {
                changes.add(change);
            }
        }
        validation.throwIfAny();
        return changes;
    }

    private static ConversationChange change(V2SingleOps.Op op, Validation validation) {
        return switch (op.path()) {
            case "/subject" -> subject(op, validation);
            case "/status" -> status(op, validation);
            case "/assignTo" -> assign(op, validation);
            case "/mailboxId" -> {
                if (!V2SingleOps.allow(op, validation, "move", "replace")) {
                    yield null;
                }
                Long id = V2SingleOps.id(op, "mailboxId", validation);
                yield id == null ? null : new ConversationChange.Move(id);
            }
            case "/primaryCustomer.id", "/primaryCustomer/id" -> {
                if (!V2SingleOps.allow(op, validation, "replace")) {
                    yield null;
                }
                Long id = V2SingleOps.id(op, "primaryCustomer.id", validation);
                yield id == null ? null : new ConversationChange.PrimaryCustomer(id);
            }
            case "/draft" -> draft(op, validation);
            default -> {
                validation.add(FieldError.of(op.at("path"), "InvalidValue", "Not a path a conversation PATCH "
                        + "supports: /subject, /status, /assignTo, /mailboxId, /primaryCustomer.id, /draft",
                        op.path()));
                yield null;
            }
        };
    }

    private static ConversationChange subject(V2SingleOps.Op op, Validation validation) {
        if (!V2SingleOps.allow(op, validation, "replace")) {
            return null;
        }
        JsonNode value = V2SingleOps.value(op, "subject", validation);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            validation.add(FieldError.of("subject", "NotEmpty", "may not be empty", value.asText()));
            return null;
        }
        return new ConversationChange.Subject(value.asText());
    }

    private static ConversationChange status(V2SingleOps.Op op, Validation validation) {
        if (!V2SingleOps.allow(op, validation, "replace")) {
            return null;
        }
        JsonNode value = V2SingleOps.value(op, "status", validation);
        if (value == null) {
            return null;
        }
        return ConversationStatus.parse(value.asText()).<ConversationChange>map(ConversationChange.Status::new)
                .orElseGet(() -> {
                    validation.add(FieldError.of("status", "EnumValue",
                            "Expected one of these: 'active', 'pending', 'closed', 'spam'", value.asText()));
                    return null;
                });
    }

    /** `replace` with a user id assigns; `remove` (or `replace` with null) unassigns. */
    private static ConversationChange assign(V2SingleOps.Op op, Validation validation) {
        if (!V2SingleOps.allow(op, validation, "replace", "remove")) {
            return null;
        }
        if (op.op().equals("remove") || op.value() == null || op.value().isNull()) {
            return new ConversationChange.Assign(null);
        }
        Long id = V2SingleOps.id(op, "assignTo", validation);
        return id == null ? null : new ConversationChange.Assign(id);
    }

    /** Only publishing exists: a published conversation cannot become a draft again. */
    private static ConversationChange draft(V2SingleOps.Op op, Validation validation) {
        if (!V2SingleOps.allow(op, validation, "replace")) {
            return null;
        }
        JsonNode value = V2SingleOps.value(op, "draft", validation);
        if (value == null) {
            return null;
        }
        if (value.isBoolean() && !value.booleanValue() || value.asText().equals("false")) {
            return new ConversationChange.Publish();
        }
        validation.add(FieldError.of("draft", "InvalidValue",
                "only false (publish the draft) is supported", value.asText()));
        return null;
    }
}
