package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.web.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 1.0's `fields=` selector: `fields=id,name` keeps only those properties of each object (the envelope's `item`, or
 * each of its `items`), `folders:(id,name,type)` also trims the objects inside `folders` (an object or an array of
 * them). Names are exact; a name the object does not have is simply absent from the answer, as Help Scout did. An
 * unbalanced or empty selector is a 400 on `fields`.
 */
final class V1FieldSelector {

    /** Each kept property with the selector of its own objects, or null to keep it whole. */
    private final Map<String, V1FieldSelector> keep;

    private V1FieldSelector(Map<String, V1FieldSelector> keep) {
        this.keep = keep;
    }

    static V1FieldSelector parse(String text) {
        Parser parser = new Parser(text);
        V1FieldSelector selector = parser.list();
        if (parser.pos != text.length()) {
            throw parser.invalid();
        }
        return selector;
    }

    /** Trims `item` or each of `items`; the envelope's own keys (`page`, `pages`, `count`) stay. */
    JsonNode applyToEnvelope(JsonNode envelope) {
        if (!(envelope instanceof ObjectNode object)) {
            return envelope;
        }
        if (object.has("item")) {
            object.set("item", apply(object.get("item")));
        }
        if (object.get("items") instanceof ArrayNode items) {
            for (int i = 0; i < items.size(); i++) {
                items.set(i, apply(items.get(i)));
            }
        }
        return object;
    }

    private JsonNode apply(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            array.forEach(element -> out.add(apply(element)));
            return out;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        keep.forEach((name, nested) -> {
            if (object.has(name)) {
                out.set(name, nested == null ? object.get(name) : nested.apply(object.get(name)));
            }
        });
        return out;
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        V1FieldSelector list() {
            Map<String, V1FieldSelector> keep = new LinkedHashMap<>();
            while (true) {
                int start = pos;
                while (pos < text.length() && ",:()".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
                String name = text.substring(start, pos).trim();
                if (name.isEmpty()) {
                    throw invalid();
                }
                V1FieldSelector nested = null;
                if (pos < text.length() && text.charAt(pos) == ':') {
                    pos++;
                    if (pos >= text.length() || text.charAt(pos) != '(') {
                        throw invalid();
                    }
                    pos++;
                    nested = list();
                    if (pos >= text.length() || text.charAt(pos) != ')') {
                        throw invalid();
                    }
                    pos++;
                }
                keep.put(name, nested);
                if (pos >= text.length() || text.charAt(pos) != ',') {
                    return new V1FieldSelector(keep);
                }
                pos++;
            }
        }

        ApiException invalid() {
            return ApiException.invalid(FieldError.query("fields", "InvalidValue",
                    "must be property names separated by commas, such as id,name,folders:(id,name)", text));
        }
    }
}
