package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.CustomerUpdate;
import io.frontdesk.customer.PropertyChange;

import java.util.Map;

/**
 * Reads `customData` into property changes. A property is named freely and defined on first use (the core slugs its
 * name, so "Plan" and "plan" are one property); {@code paths} remembers where each value was sent, for the errors
 * only the core can find ({@link HcCommand}).
 */
final class HcCustomDataReader {

    static final int MAX_PROPERTY_NAME = 100;
    static final int MAX_PROPERTY_TEXT = 255;

    /** What {@link #scalar} answers for a value it reported as wrong. */
    private static final Object INVALID = new Object();

    private HcCustomDataReader() {
    }

    /**
     * `customData`: an array of `{property, value}` (the documented form) or an object of property → value (accepted
     * because HelpCrunch answers with that form). Values are strings, numbers or booleans and keep their kind; a null
     * value removes the property; an update merges per property. A null `customData` removes every value.
     */
    static void read(HcFields in, boolean replace, CustomerUpdate update, Map<String, String> paths) {
        JsonNode raw = in.raw("customData");
        if (raw == null || raw.isNull()) {
            if (replace || raw != null) {
                update.replaceProperties();
            }
            return;
        }
        if (raw.isArray()) {
            for (int i = 0; i < raw.size(); i++) {
                String path = in.path("customData") + "[" + i + "]";
                if (!raw.get(i).isObject()) {
                    in.errorAt(path, HcMessages.OBJECT, raw.get(i));
                    continue;
                }
                HcFields item = HcFields.nested(raw.get(i), path + ".", in.validation());
                String name = item.requiredText("property");
                property(in, update, paths, name, path + ".property", item.raw("value"), path + ".value");
            }
        } else if (raw.isObject()) {
            for (Map.Entry<String, JsonNode> entry : raw.properties()) {
                String key = entry.getKey();
                String path = in.path("customData") + "." + key;
                if (key.isBlank() || !HcFields.storable(key)) {
                    in.errorAt(path, key.isBlank() ? HcMessages.NOT_BLANK : HcMessages.NOT_VALID, null);
                    key = null;
                }
                property(in, update, paths, key, path, entry.getValue(), path);
            }
        } else {
            in.error("customData", HcMessages.ARRAY);
        }
        if (replace) {
            update.replaceProperties();
        }
    }

    /** One property change; {@code name} is null when it was already reported missing or unusable. */
    private static void property(HcFields in, CustomerUpdate update, Map<String, String> paths, String name,
                                 String keyPath, JsonNode value, String valuePath) {
        if (name != null && name.length() > MAX_PROPERTY_NAME) {
            in.errorAt(keyPath, HcMessages.tooLong(MAX_PROPERTY_NAME), null);
        }
        Object scalar = scalar(in, value, valuePath);
        if (name != null && scalar != INVALID) {
            update.property(new PropertyChange(name, scalar, true));
            paths.putIfAbsent(name, valuePath);
        }
    }

    /** A String, BigDecimal or Boolean, null for JSON null (or absent), or {@link #INVALID} after reporting why. */
    private static Object scalar(HcFields in, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        // A number must survive as text: no infinity, and no more digits than a text value may hold.
        if (value.isNumber() && (!value.isFloatingPointNumber() || Double.isFinite(value.doubleValue()))
                && value.decimalValue().toPlainString().length() <= MAX_PROPERTY_TEXT) {
            return value.decimalValue();
        }
        if (value.isTextual() && !HcFields.storable(value.textValue())) {
            in.errorAt(path, HcMessages.NOT_VALID, value);
            return INVALID;
        }
        if (value.isTextual()) {
            if (value.textValue().length() > MAX_PROPERTY_TEXT) {
                in.errorAt(path, HcMessages.tooLong(MAX_PROPERTY_TEXT), value);
                return INVALID;
            }
            return value.textValue();
        }
        in.errorAt(path, value.isNumber() ? HcMessages.NOT_VALID : HcMessages.SCALAR, value);
        return INVALID;
    }
}
