package io.frontdesk.conversation;

/** The customer's rating of a reply thread, as the thread shows it. {@code comments} may be null. */
public record ThreadRating(long ratingId, long customerId, RatingLevel level, String comments) {
}
