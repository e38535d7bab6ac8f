package io.frontdesk.mailbox;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;

import java.util.Locale;

/**
 * The kinds of mailbox custom field. {@link #token()} is the 2.0 `type` (`dropdown` is documented; the other four
 * tokens are Frontdesk's choice, see docs/helpscout-v2.md); 1.0 renders {@link #name()} (`SINGLE_LINE`, as its
 * documentation and the Java SDK's enum spell it).
 */
public enum FieldType {
    DROPDOWN("dropdown"),
    SINGLE_LINE("singleline"),
    MULTI_LINE("multiline"),
    NUMBER("number"),
    DATE("date");

    private final String token;

    FieldType(String token) {
        this.token = token;
    }

    /** The lower-case name used by 2.0 and the command line. */
    public String token() {
        return token;
    }

    /**
     * Reads a type named by a person or a client: the token, the 1.0 name or a hyphenated form (`single-line`),
     * ignoring case. Anything else is a validation error on `type`.
     */
    public static FieldType parse(String text) {
        if (text != null) {
            String squashed = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            for (FieldType type : values()) {
                if (type.token.equals(squashed)) {
                    return type;
                }
            }
        }
        throw ApiException.invalid(FieldError.of("type", "InvalidValue",
                "must be one of dropdown, singleline, multiline, number, date", text));
    }
}
