package io.frontdesk.customer;

import java.math.BigDecimal;

/**
 * A customer's value for one property. The value is kept as text with the JSON kind it arrived as, so HelpCrunch's
 * customData returns `15` as a number and `true` as a boolean, while Help Scout shows the text.
 */
public record PropertyValue(PropertyDefinition definition, String value, ValueKind kind) {

    /** The JSON kind of a stored value. */
    public enum ValueKind { STRING, NUMBER, BOOLEAN }

    /** What the value displays as: a dropdown option's label, otherwise the value itself. */
    public String text() {
        return PropertyValues.display(definition, value);
    }

    /** The value as a Java String, BigDecimal or Boolean. */
    public Object typed() {
        return switch (kind) {
            case STRING -> value;
            case NUMBER -> new BigDecimal(value);
            case BOOLEAN -> Boolean.valueOf(value);
        };
    }
}
