package io.frontdesk.rating;

import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.RatingLevel;

import java.time.Instant;

/**
 * A customer's rating of a reply thread. The conversation, its number and mailbox and the rated user are the
 * thread's as it is now (a merge moves the thread, and its rating with it).
 *
 * @param user     the author of the rated reply
 * @param comments what the customer wrote with the rating, or null
 */
public record Rating(long id, long accountId, long conversationId, long conversationNumber, long mailboxId,
                     long threadId, PersonRef customer, PersonRef user, RatingLevel level, String comments,
                     Instant createdAt, Instant updatedAt) {
}
