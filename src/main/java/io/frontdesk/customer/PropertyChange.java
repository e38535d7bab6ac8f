package io.frontdesk.customer;

/**
 * Set or remove one property value. Help Scout names a defined property by slug; HelpCrunch names customData
 * attributes freely, and an unknown name defines a new property ({@code defineIfMissing}).
 *
 * @param value a String, a java.math.BigDecimal or a Boolean; null removes the value
 */
public record PropertyChange(String key, Object value, boolean defineIfMissing) {
}
