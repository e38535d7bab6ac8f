package io.frontdesk.rating;

import io.frontdesk.conversation.RatingLevel;

import java.time.Instant;
import java.util.Optional;

/** Persistence of ratings, one per thread. */
public interface RatingStore {

    /** A rating of the account, with its thread's conversation, mailbox and author read as they are now. */
    Optional<Rating> find(long accountId, long ratingId);

    /** The id of the thread's rating, if it has one. */
    Optional<Long> idOfThread(long threadId);

    long insert(long accountId, long threadId, long customerId, RatingLevel level, String comments, Instant now);

    void update(long ratingId, RatingLevel level, String comments, Instant now);
}
