package io.frontdesk.rating;

import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationState;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.conversation.ThreadState;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.eventlog.EventType;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Customers' ratings of replies (Help Scout's "Great / Okay / Not Good"). Help Scout's API has no way to create one
 * (customers rate from the reply's email), so the command line records them, and the sandbox's admin API will call
 * {@link #rate} the same way. Each rating, and each change of it, is recorded as {@link EventType#CONVERSATION_RATED}
 * on the conversation, naming the thread, with the rating's id and level: reports read ratings from there.
 */
public final class RatingService {

    /** Help Scout documents no limit on a rating's comments; this keeps one from being a document. */
    public static final int COMMENTS = 2_000;

    private final RatingStore store;
    private final ConversationService conversations;
    private final EventLog events;
    private final Transactions tx;
    private final Clock clock;

    public RatingService(RatingStore store, ConversationService conversations, EventLog events, Transactions tx,
                         Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Records the customer's rating of a published reply thread, or changes the one the thread has (a customer may
     * rate again). The rating is the thread's customer's (the conversation's primary customer when the thread names
     * none). A thread that is not a published reply is a 400 on {@code threadId}; an unknown conversation or thread a
     * 404. Answers the rating's id.
     */
    public long rate(long accountId, NewRating rating) {
        String comments = rating.comments() == null || rating.comments().isBlank() ? null : rating.comments().strip();
        if (comments != null && comments.length() > COMMENTS) {
            throw ApiException.invalid(FieldError.of("comments", "Size",
                    "size must be between 0 and " + COMMENTS, comments));
        }
        return tx.inTransaction(() -> {
            Conversation conversation = conversations.get(accountId, rating.conversationId(), false);
            if (conversation.state() == ConversationState.DELETED) {
                throw ApiException.notFound("Conversation not found");
            }
            ConversationThread thread = conversations.thread(accountId, conversation.id(), rating.threadId());
            if (thread.type() != ThreadType.REPLY || thread.state() != ThreadState.PUBLISHED) {
                throw ApiException.invalid(FieldError.of("threadId", "InvalidValue",
                        "only a published reply can be rated", rating.threadId()));
            }
            PersonRef customer = thread.customer() != null ? thread.customer() : conversation.primaryCustomer();
            Instant now = clock.instant();
            long id = store.idOfThread(thread.id()).map(existing -> {
                store.update(existing, rating.level(), comments, now);
                return existing;
            }).orElseGet(() -> store.insert(accountId, thread.id(), customer.id(), rating.level(), comments, now));
            events.record(accountId, EventType.CONVERSATION_RATED, conversation.id(), conversation.mailboxId(),
                    thread.id(), null, Map.of(EventDetails.RATING_ID, Long.toString(id),
                            EventDetails.TO, rating.level().token(),
                            EventDetails.CONVERSATION_TYPE, conversation.type().token()));
            return id;
        });
    }

    /** One rating of the account (404 otherwise). */
    public Rating get(long accountId, long ratingId) {
        return store.find(accountId, ratingId).orElseThrow(() -> ApiException.notFound("Rating not found"));
    }
}
