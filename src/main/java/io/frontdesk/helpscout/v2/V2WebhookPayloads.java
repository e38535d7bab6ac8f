package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.rating.RatingService;
import io.frontdesk.tag.TagService;
import io.frontdesk.web.Json;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookPayloads;

import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Help Scout 2.0 webhook bodies (helpscout-more.md §9.4, §9.6): each resource exactly as its GET renders it, through
 * the same wire records ({@link V2Conversation} with {@code _embedded.threads}, {@link V2Customer}, {@link V2Tag},
 * {@link V2Rating}), and {@code {"id":N}} for deletes. Links are absolute, so the renderer needs the base URL a request would have
 * given: the account's, from {@code baseUrls} (the configured public URL, else what the subscription was made from).
 */
public final class V2WebhookPayloads implements WebhookPayloads {

    static final String SATISFACTION_RATINGS = "satisfaction.ratings";
    private static final Map<EventType, String> NAMES = new EnumMap<>(EventType.class);

    static {
        NAMES.put(EventType.CUSTOMER_CREATED, "customer.created");
        NAMES.put(EventType.CUSTOMER_UPDATED, "customer.updated");
        NAMES.put(EventType.CUSTOMER_DELETED, "customer.deleted");
        NAMES.put(EventType.CONVERSATION_CREATED, "convo.created");
        NAMES.put(EventType.CONVERSATION_ASSIGNED, "convo.assigned");
        NAMES.put(EventType.CONVERSATION_MOVED, "convo.moved");
        NAMES.put(EventType.CONVERSATION_STATUS, "convo.status");
        NAMES.put(EventType.CONVERSATION_TAGS, "convo.tags");
        NAMES.put(EventType.CONVERSATION_CUSTOM_FIELDS, "convo.custom-fields");
        NAMES.put(EventType.CONVERSATION_MERGED, "convo.merged");
        NAMES.put(EventType.CONVERSATION_DELETED, "convo.deleted");
        NAMES.put(EventType.THREAD_CUSTOMER_CREATED, "convo.customer.reply.created");
        NAMES.put(EventType.THREAD_REPLY_CREATED, "convo.agent.reply.created");
        NAMES.put(EventType.THREAD_NOTE_CREATED, "convo.note.created");
        NAMES.put(EventType.TAG_CREATED, "tag.created");
        NAMES.put(EventType.TAG_UPDATED, "tag.updated");
        NAMES.put(EventType.TAG_DELETED, "tag.deleted");
    }

    private final CustomerService customers;
    private final ConversationService conversations;
    private final TagService tags;
    private final RatingService ratings;
    private final LongFunction<String> baseUrls;

    /** @param baseUrls the base URL of an account's links ({@code https://host}, no trailing slash) */
    public V2WebhookPayloads(CustomerService customers, ConversationService conversations, TagService tags,
                             RatingService ratings, LongFunction<String> baseUrls) {
        this.customers = customers;
        this.conversations = conversations;
        this.tags = tags;
        this.ratings = ratings;
        this.baseUrls = baseUrls;
    }

    @Override
    public WebhookDialect dialect() {
        return WebhookDialect.HELPSCOUT_V2;
    }

    @Override
    public List<String> eventNames(Event event) {
        if (event.type() == EventType.CONVERSATION_RATED) {
            // Help Scout's ratings are of a reply; HelpCrunch's rating of a whole chat has no 2.0 event
            return ratingId(event) == null ? List.of() : List.of(SATISFACTION_RATINGS);
        }
        String name = NAMES.get(event.type());
        return name == null ? List.of() : List.of(name);
    }

    @Override
    public String capture(Event event, String eventName, boolean notification) {
        String base = baseUrls.apply(event.accountId());
        if (event.type() == EventType.CONVERSATION_RATED) {
            return rating(event, base, notification);
        }
        long id = event.subjectId();
        if (notification) {
            return json(notification(id, base + "/v2/" + kind(event.type()) + "/" + id));
        }
        Object body = switch (event.type()) {
            case CUSTOMER_CREATED, CUSTOMER_UPDATED -> event.subject(Customer.class).or(() -> customers.find(event.accountId(), id))
                    .map(customer -> (Object) V2Customer.of(customer, base)).orElse(null);
            case TAG_CREATED, TAG_UPDATED -> tags.usage(event.accountId(), id).map(tag -> (Object) V2Tag.of(tag))
                    .orElse(null);
            case CUSTOMER_DELETED, CONVERSATION_DELETED, TAG_DELETED -> null;
            default -> conversation(event, base);
        };
        return json(body != null ? body : Map.of("id", id));
    }

    /** §9.4: the rating object of §8.1, as `GET /v2/ratings/{id}` answers it; notification mode names that URL. */
    private String rating(Event event, String base, boolean notification) {
        long id = Long.parseLong(ratingId(event));
        if (notification) {
            return json(notification(id, V2Rating.self(base, id)));
        }
        try {
            return json(V2Rating.of(ratings.get(event.accountId(), id), base));
        } catch (ApiException gone) {
            return json(Map.of("id", id));
        }
    }

    private static String ratingId(Event event) {
        return event.details().get(EventDetails.RATING_ID);
    }

    /** The conversation with its threads, as `GET /v2/conversations/{id}?embed=threads` answers it. */
    private Object conversation(Event event, String base) {
        try {
            Conversation conversation = conversations.get(event.accountId(), event.subjectId(), true);
            return V2Conversation.of(conversation, base, event.occurredAt());
        } catch (ApiException gone) {
            return null;
        }
    }

    @Override
    public String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                           long createdEpochSecond, String deliveryId) {
        return captured;
    }

    static String kind(EventType type) {
        return switch (type) {
            case CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_DELETED -> "customers";
            case TAG_CREATED, TAG_UPDATED, TAG_DELETED -> "tags";
            default -> "conversations";
        };
    }

    /** §9.6: {@code {"id":N,"_links":{"self":{"href":…}}}}. */
    private static Map<String, Object> notification(long id, String href) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("_links", Map.of("self", Map.of("href", href)));
        return body;
    }

    static String json(Object body) {
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
