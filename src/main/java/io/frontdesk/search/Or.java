package io.frontdesk.search;

import java.util.List;

/**
 * At least one clause must match. The parser never produces an {@code Or} with fewer than two clauses or one whose
 * clause is itself an {@code Or}; trees built by hand may, so consumers should not rely on it for correctness.
 */
public record Or(List<Query> clauses) implements Query {

    public Or {
        // A copy keeps a tree shared between threads or callers from changing underneath them.
        clauses = List.copyOf(clauses);
    }
}
