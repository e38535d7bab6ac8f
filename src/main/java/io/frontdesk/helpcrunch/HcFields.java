package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.frontdesk.core.Change;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;

import java.time.Instant;

/**
 * Typed reads from one JSON object of a HelpCrunch request. A value of the wrong type is recorded as an error under
 * its property path (`tags[0].name`, `[3].phone`, `filter[0].value`) with a Symfony sentence, and reads as "absent",
 * so one request reports every problem at once. Each read says absent ({@link Change#keep()}), null
 * ({@code Change.set(null)}) or a value apart.
 */
final class HcFields {

    private final JsonNode node;
    private final String prefix;
    private final Validation validation;

    private HcFields(JsonNode node, String prefix, Validation validation) {
        this.node = node;
        this.prefix = prefix;
        this.validation = validation;
    }

    /**
     * The request body as an object. An empty body reads as `{}` (nothing is required on create); any other JSON value
     * is a 400 on `body`, thrown at once because nothing else can be read from it.
     */
    static HcFields body(JsonNode body, Validation validation) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return new HcFields(JsonNodeFactory.instance.objectNode(), "", validation);
        }
        if (!body.isObject()) {
            throw ApiException.invalid(FieldError.of("body", "Type", HcMessages.OBJECT));
        }
        return new HcFields(body, "", validation);
    }

    /** An object nested at {@code path}; {@code prefix} is what its members' paths start with (`[3].`, `location.`). */
    static HcFields nested(JsonNode object, String prefix, Validation validation) {
        return new HcFields(object, prefix, validation);
    }

    Validation validation() {
        return validation;
    }

    String path(String name) {
        return prefix + name;
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** The raw value, or null when absent. */
    JsonNode raw(String name) {
        return node.get(name);
    }

    /**
     * A required id: a whole number or a string of digits (`542335`, `"542335"`). Anything else is "should be of type
     * numeric", the documented error of `POST /events` with a bad `customer`.
     */
    Long id(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            error(name, HcMessages.NOT_BLANK);
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.textValue().trim().matches("\\d{1,18}")) {
            return Long.parseLong(value.textValue().trim());
        }
        error(name, value.isNumber() ? HcMessages.INTEGER : HcMessages.NUMERIC);
        return null;
    }

    void error(String name, String message) {
        errorAt(path(name), message, node.get(name));
    }

    void errorAt(String path, String message, JsonNode rejected) {
        validation.add(FieldError.of(path, "Invalid", message, rejected == null ? null : display(rejected)));
    }

    /**
     * A string. Numbers are read as their text, because integrations send ids such as `userId` as numbers; booleans,
     * arrays and objects are errors. A blank string reads as null: HelpCrunch shows no difference between them.
     */
    Change<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.clear();
        }
        if (value.isTextual() && !storable(value.textValue())) {
            error(name, HcMessages.NOT_VALID);
            return Change.keep();
        }
        if (value.isTextual()) {
            return Change.set(value.textValue().isBlank() ? null : value.textValue());
        }
        if (value.isNumber()) {
            return Change.set(value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
        }
        error(name, HcMessages.STRING);
        return Change.keep();
    }

    /** {@link #text(String)} of at most {@code max} characters; a longer value is an error on the property. */
    Change<String> text(String name, int max) {
        Change<String> value = text(name);
        String text = value.applyTo(null);
        if (text != null && text.length() > max) {
            errorAt(path(name), HcMessages.tooLong(max), null);
            return Change.keep();
        }
        return value;
    }

    /** False for text with a NUL character, which JSON allows but PostgreSQL cannot store in a text column. */
    static boolean storable(String text) {
        return text.indexOf('\0') < 0;
    }

    /** A string that must be there and not blank; null after reporting it missing (or of the wrong type). */
    String requiredText(String name) {
        Change<String> value = text(name);
        if (value.applyTo(null) == null && (value.present() || !has(name))) {
            error(name, HcMessages.NOT_BLANK);
        }
        return value.applyTo(null);
    }

    /** A JSON boolean; `"yes"`, `1` and `"true"` are errors, as a Symfony `bool` type check makes them. */
    Change<Boolean> bool(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.clear();
        }
        if (value.isBoolean()) {
            return Change.set(value.booleanValue());
        }
        error(name, HcMessages.BOOL);
        return Change.keep();
    }

    /** A UNIX timestamp, as a number or a numeric string ({@link HcDates}). */
    Change<Instant> date(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            return Change.clear();
        }
        HcDates.Parsed parsed = HcDates.parse(value);
        if (parsed.error() != null) {
            error(name, parsed.error());
            return Change.keep();
        }
        return Change.set(parsed.instant());
    }

    /** Rejected values are echoed as text, never as nested structures that could be large. */
    static String display(JsonNode value) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
