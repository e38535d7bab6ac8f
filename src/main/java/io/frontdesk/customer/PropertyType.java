package io.frontdesk.customer;

import java.util.Locale;

/** The types of Help Scout customer properties. */
public enum PropertyType {
    TEXT, NUMBER, URL, DATE, DROPDOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null when {@code text} names no type. */
    public static PropertyType parse(String text) {
        if (text == null) {
            return null;
        }
        for (PropertyType type : values()) {
            if (type.wireName().equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        return null;
    }
}
