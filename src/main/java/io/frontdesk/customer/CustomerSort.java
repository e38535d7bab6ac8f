package io.frontdesk.customer;

/** Orderings of customer lists; ties are always broken by id in the same direction. */
public enum CustomerSort {
    CREATED_AT, UPDATED_AT, FIRST_NAME, LAST_NAME, FIRST_SEEN, LAST_SEEN,
    /**
     * Best match first: a text search's exact matches, then prefix matches, then the rest, newest first within each.
     * Without a text search it is {@link #CREATED_AT}.
     */
    SCORE
}
