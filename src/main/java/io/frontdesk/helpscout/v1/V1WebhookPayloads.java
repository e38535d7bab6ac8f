package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.MailboxFieldService;
import io.frontdesk.mailbox.MailboxService;
import io.frontdesk.rating.Rating;
import io.frontdesk.rating.RatingService;
import io.frontdesk.web.Json;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookPayloads;

import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Help Scout 1.0 hook bodies (helpscout-more.md §9.7): `customer.created` is the flat 1.0 customer with null for
 * every unset field ({@link V1Customer}, as `GET /v1/customers/{id}.json` renders it); `convo.*` is the 1.0
 * conversation object with its threads ({@link V1Conversation}); `satisfaction.ratings` the 1.0 rating
 * ({@link V1Rating}); `convo.deleted` is {@code {"id":N}}. The 1.0
 * catalogue has no customer update or delete, tag or custom-field events, and no notification mode.
 */
public final class V1WebhookPayloads implements WebhookPayloads {

    private static final Map<EventType, String> NAMES = new EnumMap<>(EventType.class);

    static {
        NAMES.put(EventType.CUSTOMER_CREATED, "customer.created");
        NAMES.put(EventType.CONVERSATION_CREATED, "convo.created");
        NAMES.put(EventType.CONVERSATION_ASSIGNED, "convo.assigned");
        NAMES.put(EventType.CONVERSATION_MOVED, "convo.moved");
        NAMES.put(EventType.CONVERSATION_STATUS, "convo.status");
        NAMES.put(EventType.CONVERSATION_TAGS, "convo.tags");
        NAMES.put(EventType.CONVERSATION_MERGED, "convo.merged");
        NAMES.put(EventType.CONVERSATION_DELETED, "convo.deleted");
        NAMES.put(EventType.THREAD_CUSTOMER_CREATED, "convo.customer.reply.created");
        NAMES.put(EventType.THREAD_REPLY_CREATED, "convo.agent.reply.created");
        NAMES.put(EventType.THREAD_NOTE_CREATED, "convo.note.created");
    }

    private final CustomerService customers;
    private final ConversationService conversations;
    private final MailboxService mailboxes;
    private final MailboxFieldService fields;
    private final RatingService ratings;

    public V1WebhookPayloads(CustomerService customers, ConversationService conversations, MailboxService mailboxes,
                             MailboxFieldService fields, RatingService ratings) {
        this.ratings = ratings;
        this.customers = customers;
        this.conversations = conversations;
        this.mailboxes = mailboxes;
        this.fields = fields;
    }

    @Override
    public WebhookDialect dialect() {
        return WebhookDialect.HELPSCOUT_V1;
    }

    @Override
    public List<String> eventNames(Event event) {
        if (event.type() == EventType.CONVERSATION_RATED) {
            return event.details().containsKey(EventDetails.RATING_ID) ? List.of("satisfaction.ratings") : List.of();
        }
        String name = NAMES.get(event.type());
        return name == null ? List.of() : List.of(name);
    }

    /** {@code notification} is ignored: 1.0 hooks always carry the object. */
    @Override
    public String capture(Event event, String eventName, boolean notification) {
        long id = event.subjectId();
        Object body = switch (event.type()) {
            case CUSTOMER_CREATED -> event.subject(Customer.class).or(() -> customers.find(event.accountId(), id)).map(c -> (Object) V1Customer.of(c))
                    .orElse(null);
            case CONVERSATION_DELETED -> null;
            case CONVERSATION_RATED -> rating(event);
            default -> conversation(event);
        };
        return json(body != null ? body : Map.of("id", id));
    }

    private Object rating(Event event) {
        try {
            Rating rating = ratings.get(event.accountId(), Long.parseLong(event.details().get(EventDetails.RATING_ID)));
            return V1Rating.of(rating, customers.find(event.accountId(), rating.customer().id()).orElse(null),
                    mailboxes.get(event.accountId(), rating.mailboxId()));
        } catch (ApiException gone) {
            return null;
        }
    }

    private Object conversation(Event event) {
        try {
            Conversation c = conversations.get(event.accountId(), event.subjectId(), true);
            return V1Conversation.of(c, mailboxes.get(event.accountId(), c.mailboxId()),
                    fields.list(event.accountId(), c.mailboxId()));
        } catch (ApiException gone) {
            return null;
        }
    }

    @Override
    public String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                           long createdEpochSecond, String deliveryId) {
        return captured;
    }

    private static String json(Object body) {
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
