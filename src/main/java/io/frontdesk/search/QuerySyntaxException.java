package io.frontdesk.search;

/**
 * A query that cannot be parsed. Carries the position and what was expected separately from the message so the
 * HTTP layer can report them in its own error format.
 */
public final class QuerySyntaxException extends RuntimeException {

    private final String found;
    private final int position;
    private final String expected;

    /**
     * @param found    what was there instead, already quoted for display, e.g. {@code "')'"} or {@code "end of query"}
     * @param position 0-based character offset into the text being parsed
     * @param expected what would have been valid, e.g. {@code "a value"} or {@code "')'"}
     */
    public QuerySyntaxException(String found, int position, String expected) {
        super("Unexpected " + found + " at position " + position + ", expected " + expected);
        this.found = found;
        this.position = position;
        this.expected = expected;
    }

    public String found() {
        return found;
    }

    public int position() {
        return position;
    }

    public String expected() {
        return expected;
    }
}
