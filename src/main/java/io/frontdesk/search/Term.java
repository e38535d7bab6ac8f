package io.frontdesk.search;

import java.util.Objects;

/**
 * One value, optionally restricted to a field.
 *
 * @param field  the field name exactly as written, or {@code null} for a bare value that searches the default
 *               fields; whether the field exists is decided by the compiler, not the parser
 * @param value  the text with surrounding quotes and escapes removed
 * @param phrase whether the value was quoted, so the compiler can treat {@code *} and {@code ?} in bare words as
 *               wildcards while keeping phrases literal
 */
public record Term(String field, String value, boolean phrase) implements Query {

    public Term {
        Objects.requireNonNull(value, "value");
    }
}
