package io.frontdesk.search;

import java.util.Objects;

/**
 * {@code field:[lower TO upper]}. Bound values are kept as text because only the compiler knows whether the field
 * holds dates (see {@link DateExpression}), numbers or strings.
 */
public record Range(String field, Bound lower, Bound upper) implements Query {

    public Range {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }
}
