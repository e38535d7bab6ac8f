package io.frontdesk.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.Json;
import io.frontdesk.workflow.NewWorkflow;
import io.frontdesk.workflow.WorkflowAction;
import io.frontdesk.workflow.WorkflowCondition;
import io.frontdesk.workflow.WorkflowDefinition;
import io.frontdesk.workflow.WorkflowStatus;
import io.frontdesk.workflow.WorkflowTrigger;
import io.frontdesk.workflow.WorkflowType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON definition `workflows create --file` takes (docs/workflows.md) into the core's records. Every
 * condition and action is an object of one member, its kind; every mistake is reported with its place
 * (`actions[2].assign`), and a file with any mistake creates nothing.
 */
final class WorkflowFile {

    private WorkflowFile() {
    }

    static NewWorkflow read(String json, long mailboxId) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The workflow file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("The workflow file must hold one JSON object");
        }
        Validation validation = new Validation();
        String name = text(root, "name", validation);
        WorkflowType type = WorkflowType.parse(root.path("type").asText(null)).orElse(null);
        if (type == null) {
            validation.add(FieldError.of("type", "EnumValue", "must be manual or automatic",
                    root.path("type").asText(null)));
        }
        WorkflowStatus status = WorkflowStatus.ACTIVE;
        if (root.hasNonNull("status")) {
            status = WorkflowStatus.parse(root.get("status").asText()).orElse(null);
            if (status == null || status == WorkflowStatus.INVALID) {
                validation.add(FieldError.of("status", "EnumValue", "must be active or inactive",
                        root.get("status").asText()));
            }
        }
        Set<WorkflowTrigger> triggers = triggers(root.get("on"), validation);
        boolean matchAll = true;
        if (root.hasNonNull("match")) {
            String match = root.get("match").asText();
            if (!match.equals("all") && !match.equals("any")) {
                validation.add(FieldError.of("match", "EnumValue", "must be all or any", match));
            }
            matchAll = !match.equals("any");
        }
        List<WorkflowCondition> conditions = new ArrayList<>();
        each(root, "conditions", validation, (at, kind, value) -> {
            WorkflowCondition condition = condition(at, kind, value, validation);
            if (condition != null) {
                conditions.add(condition);
            }
        });
        List<WorkflowAction> actions = new ArrayList<>();
        each(root, "actions", validation, (at, kind, value) -> {
            WorkflowAction action = action(at, kind, value, validation);
            if (action != null) {
                actions.add(action);
            }
        });
        validation.throwIfAny();
        return new NewWorkflow(mailboxId, name, type, status, new WorkflowDefinition(triggers, matchAll, conditions,
                actions));
    }

    @FunctionalInterface
    private interface Step {
        void read(String at, String kind, JsonNode value);
    }

    private static void each(JsonNode root, String field, Validation validation, Step step) {
        JsonNode list = root.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            validation.add(FieldError.of(field, "InvalidType", "must be an array"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = field + "[" + i + "]";
            if (!item.isObject() || item.size() != 1) {
                validation.add(FieldError.of(at, "InvalidType", "must be an object of one member, its kind"));
                continue;
            }
            Map.Entry<String, JsonNode> only = item.fields().next();
            step.read(at + "." + only.getKey(), only.getKey(), only.getValue());
        }
    }

    private static Set<WorkflowTrigger> triggers(JsonNode on, Validation validation) {
        Set<WorkflowTrigger> triggers = EnumSet.noneOf(WorkflowTrigger.class);
        if (on == null || on.isNull()) {
            return triggers;
        }
        if (!on.isArray()) {
            validation.add(FieldError.of("on", "InvalidType", "must be an array of event names"));
            return triggers;
        }
        for (int i = 0; i < on.size(); i++) {
            String token = on.get(i).asText();
            WorkflowTrigger.parse(token).ifPresentOrElse(triggers::add, () -> validation.add(FieldError.of(
                    "on", "EnumValue", "unknown event; one of " + tokens(), token)));
        }
        return triggers;
    }

    private static WorkflowCondition condition(String at, String kind, JsonNode value, Validation validation) {
        switch (kind) {
            case "status" -> {
                Set<ConversationStatus> statuses = EnumSet.noneOf(ConversationStatus.class);
                List<JsonNode> items = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(items::add);
                } else {
                    items.add(value);
                }
                for (JsonNode item : items) {
                    ConversationStatus.parse(item.asText()).ifPresentOrElse(statuses::add, () -> validation.add(
                            FieldError.of(at, "EnumValue", "must be active, pending, closed or spam", item.asText())));
                }
                return statuses.isEmpty() ? null : new WorkflowCondition.StatusIn(statuses);
            }
            case "hasTag", "lacksTag", "subjectContains" -> {
                if (!value.isTextual() || value.textValue().isBlank()) {
                    validation.add(FieldError.of(at, "NotEmpty", "must be a text"));
                    return null;
                }
                String text = value.textValue().trim();
                return kind.equals("hasTag") ? new WorkflowCondition.HasTag(text)
                        : kind.equals("lacksTag") ? new WorkflowCondition.LacksTag(text)
                        : new WorkflowCondition.SubjectContains(text);
            }
            case "assignedTo" -> {
                if (value.isNull()) {
                    return new WorkflowCondition.AssignedTo(null);
                }
                Long id = id(at, value, validation);
                return id == null ? null : new WorkflowCondition.AssignedTo(id);
            }
            case "type" -> {
                ConversationType type = ConversationType.parse(value.asText()).orElse(null);
                if (type == null) {
                    validation.add(FieldError.of(at, "EnumValue", "must be email, chat or phone", value.asText()));
                    return null;
                }
                return new WorkflowCondition.TypeIs(type);
            }
            default -> {
                validation.add(FieldError.of(at, "InvalidValue", "unknown condition; one of status, hasTag, "
                        + "lacksTag, subjectContains, assignedTo, type"));
                return null;
            }
        }
    }

    private static WorkflowAction action(String at, String kind, JsonNode value, Validation validation) {
        switch (kind) {
            case "status" -> {
                ConversationStatus status = ConversationStatus.parse(value.asText()).orElse(null);
                if (status == null) {
                    validation.add(FieldError.of(at, "EnumValue", "must be active, pending, closed or spam",
                            value.asText()));
                    return null;
                }
                return new WorkflowAction.SetStatus(status);
            }
            case "assign" -> {
                if (value.isNull()) {
                    return new WorkflowAction.Assign(null);
                }
                Long id = id(at, value, validation);
                return id == null ? null : new WorkflowAction.Assign(id);
            }
            case "addTags", "removeTags" -> {
                List<String> tags = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(tag -> {
                        if (tag.isTextual() && !tag.textValue().isBlank()) {
                            tags.add(tag.textValue().trim());
                        }
                    });
                }
                if (tags.isEmpty() || tags.size() != value.size()) {
                    validation.add(FieldError.of(at, "InvalidType", "must be an array of tag names"));
                    return null;
                }
                return kind.equals("addTags") ? new WorkflowAction.AddTags(tags) : new WorkflowAction.RemoveTags(tags);
            }
            case "move" -> {
                Long id = id(at, value, validation);
                return id == null ? null : new WorkflowAction.Move(id);
            }
            case "note" -> {
                if (!value.isTextual() || value.textValue().isBlank()) {
                    validation.add(FieldError.of(at, "NotEmpty", "must be the note's text"));
                    return null;
                }
                return new WorkflowAction.AddNote(value.textValue());
            }
            case "customField" -> {
                Long id = value.isObject() ? id(at + ".id", value.path("id"), validation) : null;
                if (!value.isObject()) {
                    validation.add(FieldError.of(at, "InvalidType", "must be {\"id\": field id, \"value\": text}"));
                }
                JsonNode text = value.path("value");
                if (id == null) {
                    return null;
                }
                return new WorkflowAction.SetField(id, text.isNull() || text.isMissingNode() ? "" : text.asText());
            }
            case "savedReply" -> {
                Long id = id(at, value, validation);
                return id == null ? null : new WorkflowAction.ApplySavedReply(id);
            }
            default -> {
                validation.add(FieldError.of(at, "InvalidValue", "unknown action; one of status, assign, addTags, "
                        + "removeTags, move, note, customField, savedReply"));
                return null;
            }
        }
    }

    private static Long id(String at, JsonNode value, Validation validation) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        validation.add(FieldError.of(at, "InvalidIdentifier", "must be a positive id", value.toString()));
        return null;
    }

    private static String text(JsonNode root, String field, Validation validation) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            validation.add(FieldError.of(field, "NotEmpty", "may not be empty"));
            return null;
        }
        return node.textValue();
    }

    private static String tokens() {
        List<String> names = new ArrayList<>();
        for (Iterator<WorkflowTrigger> it = EnumSet.allOf(WorkflowTrigger.class).iterator(); it.hasNext(); ) {
            names.add(it.next().token());
        }
        return String.join(", ", names);
    }
}
