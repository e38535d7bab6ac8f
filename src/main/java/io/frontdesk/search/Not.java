package io.frontdesk.search;

import java.util.Objects;

/** The clause must not match. Written as {@code NOT x}, {@code -x} or {@code !x}; never simplified away. */
public record Not(Query clause) implements Query {

    public Not {
        Objects.requireNonNull(clause, "clause");
    }
}
