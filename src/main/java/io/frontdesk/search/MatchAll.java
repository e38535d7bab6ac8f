package io.frontdesk.search;

/** What an empty query or a lone {@code *} means: no restriction at all. */
public record MatchAll() implements Query {
}
