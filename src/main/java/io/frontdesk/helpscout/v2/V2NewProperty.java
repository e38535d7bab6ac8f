package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.NewProperty;
import io.frontdesk.customer.PropertyOption;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of `POST /v2/customer-properties`: `{type, slug, name, options: [{id?, label}]}`. Options may also be plain
 * strings. An option's `id`, when given, is kept (the documented PATCH by option id must find it). Slug, name, type and
 * id rules are the core's, so they are the same for every dialect.
 */
record V2NewProperty(String slug, String name, PropertyType type, List<PropertyOption> options) {

    static V2NewProperty read(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String typeText = root.string("type");
        PropertyType type = PropertyType.parse(typeText);
        if (typeText != null && type == null) {
            validation.add(FieldError.of("type", "EnumValue",
                    "Expected one of these: 'text', 'number', 'url', 'date', 'dropdown'", typeText));
        }
        List<PropertyOption> labels = new ArrayList<>();
        JsonNode options = root.node().get("options");
        if (options != null && !options.isNull() && !options.isArray()) {
            validation.add(FieldError.of("options", "InvalidType", "must be an array", options.toString()));
        } else if (options != null) {
            for (int i = 0; i < options.size(); i++) {
                JsonNode option = options.get(i);
                JsonNode label = option.isObject() ? option.get("label") : option;
                if (label == null || !label.isValueNode() || label.isNull() || label.asText().isBlank()) {
                    validation.add(FieldError.of("options[" + i + "].label", "NotEmpty", "may not be empty"));
                } else {
                    labels.add(new PropertyOption(optionId(option, i, validation), 0, label.asText().trim()));
                }
            }
        }
        String slug = root.string("slug");
        String name = root.string("name");
        validation.throwIfAny();
        return new V2NewProperty(slug, name, type, labels);
    }

    /** An option's own id: a string (a number is read as its text), or null when absent. */
    private static String optionId(JsonNode option, int index, Validation validation) {
        JsonNode id = option.isObject() ? option.get("id") : null;
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.isTextual() || id.isIntegralNumber()) {
            return id.asText().trim();
        }
        validation.add(FieldError.of("options[" + index + "].id", "InvalidType", "must be a string", id.toString()));
        return null;
    }

    NewProperty command() {
        return new NewProperty(slug, name, type, options);
    }
}
