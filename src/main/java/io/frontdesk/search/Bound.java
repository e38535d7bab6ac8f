package io.frontdesk.search;

/**
 * One end of a {@link Range}.
 *
 * @param value     the bound as written (quotes removed), or {@code null} for an open end ({@code *})
 * @param inclusive {@code true} for {@code [} / {@code ]}, {@code false} for <code>{</code> / <code>}</code>;
 *                  always {@code false} for an open end
 */
public record Bound(String value, boolean inclusive) {

    public Bound {
        if (value == null) {
            // An unbounded end has no endpoint to include, so [* TO x] and {* TO x] must compare equal.
            inclusive = false;
        }
    }

    public static Bound open() {
        return new Bound(null, false);
    }

    public boolean isOpen() {
        return value == null;
    }
}
