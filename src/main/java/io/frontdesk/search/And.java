package io.frontdesk.search;

import java.util.List;

/**
 * All clauses must match. The parser never produces an {@code And} with fewer than two clauses or one whose clause
 * is itself an {@code And}; trees built by hand may, so consumers should not rely on it for correctness.
 */
public record And(List<Query> clauses) implements Query {

    public And {
        // A copy keeps a tree shared between threads or callers from changing underneath them.
        clauses = List.copyOf(clauses);
    }
}
