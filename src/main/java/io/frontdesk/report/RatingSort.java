package io.frontdesk.report;

/** The orders of the ratings list: conversation number, rating time ({@code modifiedAt}), level (great first). */
public enum RatingSort {
    NUMBER, MODIFIED_AT, RATING
}
