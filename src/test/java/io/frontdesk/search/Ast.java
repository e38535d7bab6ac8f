package io.frontdesk.search;

import java.util.List;

/** Short factories so expected trees in tests read like the queries they stand for. */
final class Ast {

    private Ast() {
    }

    static Term term(String field, String value, boolean phrase) {
        return new Term(field, value, phrase);
    }

    static Term phrase(String field, String value) {
        return new Term(field, value, true);
    }

    static Term word(String field, String value) {
        return new Term(field, value, false);
    }

    static Query and(Query... clauses) {
        return new And(List.of(clauses));
    }

    static Query or(Query... clauses) {
        return new Or(List.of(clauses));
    }

    static Query not(Query clause) {
        return new Not(clause);
    }

    static Query matchAll() {
        return new MatchAll();
    }

    static Query range(String field, Bound lower, Bound upper) {
        return new Range(field, lower, upper);
    }

    static Bound inclusive(String value) {
        return new Bound(value, true);
    }

    static Bound exclusive(String value) {
        return new Bound(value, false);
    }

    static Bound open() {
        return Bound.open();
    }
}
