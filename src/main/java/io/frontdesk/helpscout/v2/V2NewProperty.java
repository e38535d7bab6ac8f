package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.PropertyType;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonFields;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of `POST /v2/customer-properties`: `{type, slug, name, options: [{label}]}`. Options may also be plain
 * strings. Slug, name and type rules are the core's, so they are the same for every dialect.
 */
record V2NewProperty(String slug, String name, PropertyType type, List<String> optionLabels) {

    static V2NewProperty read(JsonNode body) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(body, validation);
        String typeText = root.string("type");
        PropertyType type = PropertyType.parse(typeText);
        if (typeText != null && type == null) {
            validation.add(FieldError.of("type", "EnumValue",
                    "Expected one of these: 'text', 'number', 'url', 'date', 'dropdown'", typeText));
        }
        List<String> labels = new ArrayList<>();
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
                    labels.add(label.asText().trim());
                }
            }
        }
        String slug = root.string("slug");
        String name = root.string("name");
        validation.throwIfAny();
        return new V2NewProperty(slug, name, type, labels);
    }
}
