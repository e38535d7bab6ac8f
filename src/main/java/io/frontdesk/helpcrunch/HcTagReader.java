package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.tag.TagInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a HelpCrunch tag list: `[{"name": "vip", "color": "#ff0000"}, {"name": "Lead"}]`, bare names accepted too.
 * Names are case-sensitive and required; `color` is any CSS color, as the docs allow, so it is not checked beyond
 * its length.
 */
final class HcTagReader {

    static final int MAX_TAG_NAME = 100;
    static final int MAX_COLOR = 100;

    private HcTagReader() {
    }

    /** An array of `{name, color?}` objects (or bare names); null when it is not an array. */
    static List<TagInput> read(HcFields in, String name) {
        JsonNode raw = in.raw(name);
        if (!raw.isArray()) {
            in.error(name, HcMessages.ARRAY);
            return null;
        }
        List<TagInput> tags = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            JsonNode element = raw.get(i);
            String path = in.path(name) + "[" + i + "]";
            if (element.isTextual() && !HcFields.storable(element.textValue())) {
                in.errorAt(path, HcMessages.NOT_VALID, element);
            } else if (element.isTextual() && element.textValue().isBlank()) {
                in.errorAt(path, HcMessages.NOT_BLANK, element);
            } else if (element.isTextual()) {
                tags.add(new TagInput(checkLength(in, path, element.textValue()), null));
            } else if (element.isObject()) {
                HcFields tag = HcFields.nested(element, path + ".", in.validation());
                String tagName = tag.requiredText("name");
                String color = tag.text("color").applyTo(null);
                if (color != null && color.length() > MAX_COLOR) {
                    tag.error("color", HcMessages.tooLong(MAX_COLOR));
                }
                tags.add(new TagInput(tagName == null ? null : checkLength(in, path + ".name", tagName), color));
            } else {
                in.errorAt(path, HcMessages.OBJECT, element);
            }
        }
        return tags;
    }

    private static String checkLength(HcFields in, String path, String name) {
        if (name.length() > MAX_TAG_NAME) {
            in.errorAt(path, HcMessages.tooLong(MAX_TAG_NAME), null);
        }
        return name;
    }
}
