package io.frontdesk.rating;

import io.frontdesk.conversation.RatingLevel;

/** A customer's rating of one reply thread of a conversation; {@code comments} may be null. */
public record NewRating(long conversationId, long threadId, RatingLevel level, String comments) {
}
