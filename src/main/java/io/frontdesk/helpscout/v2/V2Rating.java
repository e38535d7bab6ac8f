package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.ThreadRating;
import io.frontdesk.rating.Rating;
import io.frontdesk.web.Dates;

import java.util.Map;

/**
 * The 2.0 rating object (reference §8.1), as `GET /v2/ratings/{id}` answers it and `satisfaction.ratings` delivers
 * it. People carry `firstName`/`lastName` here, not the `first`/`last` of conversations; `comments` is null when the
 * customer wrote none; `createdAt` carries the `Z` the documented example lacks.
 */
record V2Rating(long id, Customer customer, long threadId, long conversationId, long conversationNumber,
                long mailboxId, String rating, User user, String comments, String createdAt, String modifiedAt,
                @JsonProperty("_links") Map<String, Hal.Link> links) {

    record Customer(long id, String email, String firstName, String lastName, String photoUrl) {
    }

    record User(long id, String email, String firstName, String lastName) {
    }

    /** The thread's `rating`: `{customerId, rating, comments}` (reference §5.5). */
    record OfThread(long customerId, String rating, String comments) {

        static OfThread of(ThreadRating rating) {
            return rating == null ? null : new OfThread(rating.customerId(), rating.level().token(),
                    rating.comments());
        }
    }

    static V2Rating of(Rating rating, String base) {
        PersonRef c = rating.customer();
        PersonRef u = rating.user();
        Map<String, Hal.Link> links = new Hal.Links()
                .add("conversation", V2ConversationUrls.conversation(base, rating.conversationId()))
                .add("mailbox", V2ConversationUrls.mailbox(base, rating.mailboxId()))
                .add("customer", V2Urls.customer(base, c.id()))
                .add("user", V2ConversationUrls.user(base, u.id()))
                .add("self", self(base, rating.id())).build();
        return new V2Rating(rating.id(), new Customer(c.id(), c.email(), c.firstName(), c.lastName(), c.photoUrl()),
                rating.threadId(), rating.conversationId(), rating.conversationNumber(), rating.mailboxId(),
                rating.level().token(), new User(u.id(), u.email(), u.firstName(), u.lastName()), rating.comments(),
                Dates.iso(rating.createdAt()), Dates.iso(rating.updatedAt()), links);
    }

    static String self(String base, long ratingId) {
        return base + "/v2/ratings/" + ratingId;
    }
}
