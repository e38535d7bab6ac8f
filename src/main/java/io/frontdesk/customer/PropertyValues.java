package io.frontdesk.customer;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks a value against its property's type, as Help Scout documents: number is a 64-bit integer, text at most 255
 * characters, url a URL (`google.com` accepted), date `YYYY-MM-DD`, dropdown an option id or label (stored as the id).
 */
final class PropertyValues {

    static final int MAX_TEXT = 255;

    private PropertyValues() {
    }

    /** The stored text and kind for {@code raw} (a String, BigDecimal or Boolean), or a validation error on path. */
    static Stored coerce(PropertyDefinition definition, Object raw, String path) {
        return switch (definition.type()) {
            case NUMBER -> number(raw, path);
            case TEXT -> text(raw, path);
            case URL -> url(raw, path);
            case DATE -> date(raw, path);
            case DROPDOWN -> dropdown(definition, raw, path);
        };
    }

    record Stored(String value, PropertyValue.ValueKind kind) {
    }

    private static Stored number(Object raw, String path) {
        try {
            BigDecimal number = raw instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(raw).trim());
            return new Stored(Long.toString(number.longValueExact()), PropertyValue.ValueKind.NUMBER);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(path, "must be a whole number", raw);
        }
    }

    private static Stored text(Object raw, String path) {
        String text = String.valueOf(raw);
        if (text.length() > MAX_TEXT) {
            throw invalid(path, "must be at most " + MAX_TEXT + " characters", raw);
        }
        PropertyValue.ValueKind kind = raw instanceof BigDecimal ? PropertyValue.ValueKind.NUMBER
                : raw instanceof Boolean ? PropertyValue.ValueKind.BOOLEAN : PropertyValue.ValueKind.STRING;
        String value = raw instanceof BigDecimal decimal ? decimal.toPlainString() : text;
        return new Stored(value, kind);
    }

    private static Stored url(Object raw, String path) {
        String text = String.valueOf(raw).trim();
        if (!(raw instanceof String) || text.isEmpty() || text.length() > MAX_TEXT
                || !text.matches("(?i)(https?://)?[^\\s/?#.]+(\\.[^\\s/?#.]+)+([/?#]\\S*)?")) {
            throw invalid(path, "must be a URL", raw);
        }
        return new Stored(text, PropertyValue.ValueKind.STRING);
    }

    private static Stored date(Object raw, String path) {
        try {
            return new Stored(LocalDate.parse(String.valueOf(raw).trim()).toString(), PropertyValue.ValueKind.STRING);
        } catch (DateTimeParseException e) {
            throw invalid(path, "must be a date formatted YYYY-MM-DD", raw);
        }
    }

    private static Stored dropdown(PropertyDefinition definition, Object raw, String path) {
        String text = String.valueOf(raw).trim();
        return definition.options().stream()
                .filter(option -> option.id().equals(text) || option.label().equals(text))
                .findFirst()
                .map(option -> new Stored(option.id(), PropertyValue.ValueKind.STRING))
                .orElseThrow(() -> invalid(path, "must be one of the property's options", raw));
    }

    private static ApiException invalid(String path, String message, Object raw) {
        return ApiException.invalid(FieldError.of(path, "InvalidValue", message, raw));
    }

    /** The text a value displays as: a dropdown's label, otherwise the value. */
    static String display(PropertyDefinition definition, String value) {
        if (definition.type() == PropertyType.DROPDOWN) {
            return definition.options().stream().filter(o -> o.id().equals(value)).map(PropertyOption::label)
                    .findFirst().orElse(value);
        }
        return value;
    }
}
