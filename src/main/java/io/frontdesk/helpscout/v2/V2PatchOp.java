package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One JSON Patch operation of a 2.0 customer or properties PATCH. Help Scout requires the body to be an array for
 * these resources (conversations take a single object), so a bare object is refused here.
 *
 * @param index    the operation's position, for error paths (`[2].path`)
 * @param op       lower-cased
 * @param segments the path split on `/`, without the leading empty segment
 * @param value    the `value` member; null when absent, a NullNode when explicitly null
 */
record V2PatchOp(int index, String op, String path, List<String> segments, JsonNode value) {

    /** The error path of one of this operation's own members. */
    String at(String member) {
        return "[" + index + "]." + member;
    }

    /** The error path for the value, named after the patched field: `/address/city` reports `address.city`. */
    String valuePath() {
        return String.join(".", segments);
    }

    boolean writes() {
        return op.equals("add") || op.equals("replace");
    }

    /** Parses the array, reporting every malformed operation; ops outside {@code allowed} are refused by name. */
    static List<V2PatchOp> parse(JsonNode body, Set<String> allowed, Validation validation) {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("The request body must be a JSON array of patch operations");
        }
        List<V2PatchOp> ops = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode node = body.get(i);
            if (!node.isObject()) {
                validation.add(FieldError.of("[" + i + "]", "InvalidType", "must be an object", node.toString()));
                continue;
            }
            V2PatchOp op = read(i, node, allowed, validation);
            if (op != null) {
                ops.add(op);
            }
        }
        return ops;
    }

    private static V2PatchOp read(int index, JsonNode node, Set<String> allowed, Validation validation) {
        JsonNode opNode = node.get("op");
        JsonNode pathNode = node.get("path");
        String op = opNode != null && opNode.isTextual() ? opNode.textValue().trim().toLowerCase(Locale.ROOT) : null;
        String path = pathNode != null && pathNode.isTextual() ? pathNode.textValue().trim() : null;
        boolean ok = true;
        if (op == null || !allowed.contains(op)) {
            validation.add(FieldError.of("[" + index + "].op", "EnumValue", "Expected one of these: "
                    + String.join(", ", allowed.stream().sorted().map(o -> "'" + o + "'").toList()),
                    opNode == null ? null : opNode.asText()));
            ok = false;
        }
        if (path == null || !path.startsWith("/") || path.length() < 2) {
            validation.add(FieldError.of("[" + index + "].path", "InvalidValue", "must be a path such as /firstName",
                    pathNode == null ? null : pathNode.asText()));
            ok = false;
        }
        if (ok && (op.equals("add") || op.equals("replace")) && !node.has("value")) {
            validation.add(FieldError.of("[" + index + "].value", "NotNull", "may not be null"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        List<String> segments = List.of(path.substring(1).split("/", -1));
        return new V2PatchOp(index, op, path, segments, node.get("value"));
    }
}
