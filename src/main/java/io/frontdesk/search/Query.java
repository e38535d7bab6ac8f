package io.frontdesk.search;

/**
 * A parsed Help Scout search query.
 *
 * <p>Sealed so that a {@code switch} over the node types (in the SQL compiler, for instance) is checked for
 * exhaustiveness by javac instead of falling into a default branch that hides a forgotten case.
 */
public sealed interface Query permits MatchAll, And, Or, Not, Term, Range {
}
