package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.CustomerCriterion;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a search clause's `value` as its field's type requires, reporting a mismatch on `filter[i].value`: "the value
 * you search for has to match the type, otherwise the query will fail". Numeric strings count as numbers and dates,
 * as real integrations send them.
 */
final class HcSearchValues {

    /** The longest text searched for: HelpCrunch's longest stored text field (an email, a name) is shorter. */
    static final int MAX_TEXT = 255;
    /** The most tags one `tagsData` clause may name; each is a sub-select. */
    static final int MAX_TAGS = 50;

    private HcSearchValues() {
    }

    /** A string (numbers are read as their text, e.g. a numeric userId); null after an error. */
    static String text(HcFields clause) {
        JsonNode value = clause.raw("value");
        if (value.isTextual() && !HcFields.storable(value.textValue())) {
            clause.error("value", HcMessages.NOT_VALID);
            return null;
        }
        if (value.isTextual() && value.textValue().length() > MAX_TEXT) {
            clause.error("value", HcMessages.tooLong(MAX_TEXT));
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        clause.error("value", HcMessages.STRING);
        return null;
    }

    /** A whole number; null after an error. */
    static Long number(HcFields clause) {
        JsonNode value = clause.raw("value");
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.textValue().trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(value.textValue().trim());
        }
        clause.error("value", value.isNumber() || value.isTextual() && value.textValue().trim()
                .matches("-?\\d+\\.\\d+") ? HcMessages.INTEGER : HcMessages.NUMERIC);
        return null;
    }

    /** A UNIX timestamp in whole seconds (a fraction is dropped); null after an error. */
    static Long seconds(HcFields clause) {
        HcDates.Parsed parsed = HcDates.parse(clause.raw("value"));
        if (parsed.error() != null) {
            clause.error("value", parsed.error());
            return null;
        }
        return parsed.instant().getEpochSecond();
    }

    /**
     * `[{"name":"Lead"},{"name":"VIP"}]` (bare names accepted too): customers having all of these tags. Null after
     * an error.
     */
    static CustomerCriterion tags(HcFields clause) {
        JsonNode value = clause.raw("value");
        if (!value.isArray()) {
            clause.error("value", HcMessages.ARRAY);
            return null;
        }
        if (value.size() > MAX_TAGS) {
            clause.error("value", HcMessages.countAtMost(MAX_TAGS));
            return null;
        }
        List<String> names = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            JsonNode name = element.isObject() ? element.get("name") : element;
            String path = clause.path("value") + "[" + i + "]" + (element.isObject() ? ".name" : "");
            if (name == null || name.isNull() || name.isTextual() && name.textValue().isBlank()) {
                clause.errorAt(path, HcMessages.NOT_BLANK, name);
                valid = false;
            } else if (!name.isTextual() || !HcFields.storable(name.textValue())) {
                clause.errorAt(path, name.isTextual() ? HcMessages.NOT_VALID : element.isObject()
                        || element.isValueNode() ? HcMessages.STRING : HcMessages.OBJECT, name);
                valid = false;
            } else {
                names.add(name.textValue());
            }
        }
        return valid ? new CustomerCriterion.HasTags(names) : null;
    }
}
