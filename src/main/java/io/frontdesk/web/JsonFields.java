package io.frontdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.core.Change;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from one JSON object that report a wrong type as a field error with the full path (`emails[1].value`)
 * instead of failing the whole request on the first problem. Unknown fields are simply never read, which is how the
 * vendors treat them.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final Validation validation;

    private JsonFields(JsonNode node, String prefix, Validation validation) {
        this.node = node;
        this.prefix = prefix;
        this.validation = validation;
    }

    /** The body's top-level object; any other JSON value is refused outright. */
    public static JsonFields root(JsonNode body, Validation validation) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object");
        }
        return new JsonFields(body, "", validation);
    }

    public static JsonFields of(JsonNode node, String prefix, Validation validation) {
        return new JsonFields(node, prefix, validation);
    }

    public JsonNode node() {
        return node;
    }

    public Validation validation() {
        return validation;
    }

    public String path(String name) {
        return prefix + name;
    }

    /** Present, even when null. */
    public boolean has(String name) {
        return node.has(name);
    }

    public boolean isNull(String name) {
        return node.has(name) && node.get(name).isNull();
    }

    public Iterator<Map.Entry<String, JsonNode>> fields() {
        return node.fields();
    }

    /**
     * A string; numbers and booleans are read as their text, as Jackson-based servers do. Absent or null gives null.
     */
    public String string(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        wrongType(name, value, "must be a string");
        return null;
    }

    public Change<String> stringChange(String name) {
        if (!node.has(name)) {
            return Change.keep();
        }
        return Change.set(string(name));
    }

    /**
     * A whole number; numeric strings are accepted because several SDKs send ids as strings. A whole number beyond
     * 64 bits (ids are `long`) is reported as out of range rather than as the wrong type.
     */
    public Long integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        boolean outOfRange = value.isIntegralNumber();
        // `1e999` reads as infinity, which has no decimal value
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            outOfRange = true;
        } else if (value.isFloatingPointNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            if (value.canConvertToLong()) {
                return value.decimalValue().longValueExact();
            }
            outOfRange = true;
        }
        if (value.isTextual()) {
            String text = value.textValue().trim();
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                outOfRange = text.matches("-?\\d{19,}");
            }
        }
        wrongType(name, value, outOfRange ? "must be a whole number between " + Long.MIN_VALUE + " and "
                + Long.MAX_VALUE : "must be a whole number");
        return null;
    }

    public Boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))) {
            return Boolean.parseBoolean(value.textValue());
        }
        wrongType(name, value, "must be true or false");
        return null;
    }

    /** A nested object, or null when absent or null. */
    public JsonFields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            wrongType(name, value, "must be an object");
            return null;
        }
        return new JsonFields(value, prefix + name + ".", validation);
    }

    /** An array of objects; a non-object element is reported at its index. Absent or null gives null. */
    public List<JsonFields> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, value, "must be an array");
            return null;
        }
        List<JsonFields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = prefix + name + "[" + i + "]";
            if (element.isObject()) {
                items.add(new JsonFields(element, elementPath + ".", validation));
            } else {
                validation.add(FieldError.of(elementPath, "InvalidType", "must be an object", display(element)));
            }
        }
        return items;
    }

    /** An array of strings. Absent or null gives null. */
    public List<String> strings(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            wrongType(name, value, "must be an array");
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isTextual() || element.isNumber()) {
                items.add(element.asText());
            } else {
                validation.add(FieldError.of(prefix + name + "[" + i + "]", "InvalidType", "must be a string",
                        display(element)));
            }
        }
        return items;
    }

    private void wrongType(String name, JsonNode value, String message) {
        validation.add(FieldError.of(prefix + name, "InvalidType", message, display(value)));
    }

    /** Rejected values are echoed as text, never as nested structures that could be large. */
    static String display(JsonNode value) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
