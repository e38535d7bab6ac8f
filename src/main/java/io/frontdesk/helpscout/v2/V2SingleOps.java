package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Patch bodies of conversation and thread PATCH: Help Scout documents a single operation object, and an
 * array of them is accepted too. Malformed operations are reported on `op` / `path` (or `[i].op` in an array).
 */
final class V2SingleOps {

    /** One operation: {@code op} lower-cased, {@code value} null when absent, a NullNode when null. */
    record Op(String prefix, String op, String path, JsonNode value) {

        /** The error path of one of the operation's members. */
        String at(String member) {
            return prefix + member;
        }
    }

    private V2SingleOps() {
    }

    static List<Op> parse(JsonNode body, Validation validation) {
        List<JsonNode> nodes = new ArrayList<>();
        boolean array = body != null && body.isArray();
        if (array) {
            body.forEach(nodes::add);
        } else if (body != null && body.isObject()) {
            nodes.add(body);
        } else {
            throw ApiException.badRequest("The request body must be a JSON Patch operation object or an array of "
                    + "them");
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String prefix = array ? "[" + i + "]." : "";
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                validation.add(FieldError.of("[" + i + "]", "InvalidType", "must be an object", node.toString()));
                continue;
            }
            JsonNode op = node.get("op");
            JsonNode path = node.get("path");
            if (op == null || !op.isTextual()) {
                validation.add(FieldError.of(prefix + "op", "NotNull", "may not be null"));
                continue;
            }
            if (path == null || !path.isTextual() || !path.textValue().startsWith("/")) {
                validation.add(FieldError.of(prefix + "path", "InvalidValue", "must be a path such as /subject",
                        path == null ? null : path.asText()));
                continue;
            }
            ops.add(new Op(prefix, op.textValue().trim().toLowerCase(Locale.ROOT), path.textValue().trim(),
                    node.get("value")));
        }
        return ops;
    }

    /** Refuses an operation not in {@code allowed} for its path; true when it is allowed. */
    static boolean allow(Op op, Validation validation, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(op.op())) {
                return true;
            }
        }
        List<String> quoted = new ArrayList<>();
        for (String candidate : allowed) {
            quoted.add("'" + candidate + "'");
        }
        validation.add(FieldError.of(op.at("op"), "EnumValue", "Expected one of these for " + op.path() + ": "
                + String.join(", ", quoted), op.op()));
        return false;
    }

    /** A present, non-null value, else reported on {@code path}. */
    static JsonNode value(Op op, String path, Validation validation) {
        if (op.value() == null || op.value().isNull()) {
            validation.add(FieldError.of(path, "NotNull", "may not be null"));
            return null;
        }
        return op.value();
    }

    /** A positive whole number (ids may come as strings), else reported on {@code path}. */
    static Long id(Op op, String path, Validation validation) {
        JsonNode value = value(op, path, validation);
        if (value == null) {
            return null;
        }
        try {
            // a whole number beyond 64 bits would wrap around in longValue() and name another row
            long id = value.isIntegralNumber() && value.canConvertToLong() ? value.longValue()
                    : Long.parseLong(value.asText().trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        validation.add(FieldError.of(path, "InvalidIdentifier", "must be a positive id", value.asText()));
        return null;
    }
}
