package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.frontdesk.account.AccountService;
import io.frontdesk.chat.ChatService;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.ConversationType;
import io.frontdesk.customer.Customer;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.web.Json;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookPayloads;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HelpCrunch webhook bodies (helpcrunch-more.md §19.3-19.7). Customer events carry the basic customer (drawn from
 * {@link HcCustomer}, as `GET /customers/{id}` renders it); chat events a chat object derived from the core
 * conversation ({@link HcChats}, as the chat endpoints render it); message events the message with its chat id, customer and agent. The
 * envelope, whose attempt count and times change at each attempt, is built by {@link #envelope}.
 */
public final class HcWebhookPayloads implements WebhookPayloads {

    private final CustomerService customers;
    private final ConversationService conversations;
    private final AccountService accounts;
    private final ChatService chats;
    private final HcChats view;

    public HcWebhookPayloads(CustomerService customers, ConversationService conversations, AccountService accounts,
                             ChatService chats) {
        this.customers = customers;
        this.conversations = conversations;
        this.accounts = accounts;
        this.chats = chats;
        this.view = new HcChats(customers, accounts, chats);
    }

    @Override
    public WebhookDialect dialect() {
        return WebhookDialect.HELPCRUNCH;
    }

    @Override
    public List<String> eventNames(Event event) {
        return HcWebhookNames.of(event);
    }

    @Override
    public String capture(Event event, String eventName, boolean notification) {
        Object data = switch (event.type()) {
            case CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_DELETED -> customer(event);
            case THREAD_CUSTOMER_CREATED, THREAD_REPLY_CREATED, THREAD_NOTE_CREATED -> eventName.startsWith("chat.")
                    ? chat(event) : message(event);
            default -> chat(event);
        };
        return json(data != null ? data : Map.of("id", event.subjectId()));
    }

    @Override
    public String envelope(String eventName, String captured, int attemptsBefore, long lastAttemptEpochSecond,
                           long createdEpochSecond, String deliveryId) {
        // the captured eventData goes in as it is: re-parsing it at every attempt would cost and could reorder it
        return "{\"event\":" + json(eventName) + ",\"eventData\":" + captured + ",\"attempts\":" + attemptsBefore
                + ",\"lastAttemptAt\":" + lastAttemptEpochSecond + ",\"createdAt\":" + createdEpochSecond
                + ",\"id\":" + json(deliveryId) + "}";
    }

    /** §19.7: only `id, name, userId, email, unsubscribed, customData`; receivers GET the rest. */
    private Object customer(Event event) {
        return event.subject(Customer.class)
                .or(() -> customers.find(event.accountId(), event.subjectId())).map(c -> {
            HcCustomer full = HcCustomer.of(c);
            Map<String, Object> basic = new LinkedHashMap<>();
            basic.put("id", full.id());
            basic.put("name", full.name());
            basic.put("userId", full.userId());
            basic.put("email", full.email());
            basic.put("unsubscribed", full.unsubscribed());
            basic.put("customData", full.customData());
            return (Object) basic;
        }).orElse(null);
    }

    private Conversation conversation(Event event) {
        try {
            return conversations.get(event.accountId(), event.subjectId(), true);
        } catch (ApiException gone) {
            return null;
        }
    }

    /** The chat as the chat endpoints derive it; email conversations are rendered the same way. */
    private Object chat(Event event) {
        Conversation c = conversation(event);
        if (c == null) {
            return null;
        }
        return view.webhook(chats.view(c));
    }

    /** §19.6: `chat_id` (snake_case, as the vendor sends it), the agent (null for a customer's), the message. */
    private Object message(Event event) {
        Conversation c = conversation(event);
        if (c == null || event.threadId() == null) {
            return null;
        }
        ConversationThread thread = c.threads().stream().filter(t -> t.id() == event.threadId()).findFirst()
                .orElse(null);
        if (thread == null) {
            return null;
        }
        boolean byCustomer = thread.createdBy() != null
                && thread.createdBy().type() == io.frontdesk.conversation.PersonType.CUSTOMER;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chat_id", c.id());
        data.put("agent", byCustomer ? null : agent(event.accountId(), thread.createdBy().id()));
        data.put("customer", person(c));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("applicationId", c.type() == ConversationType.CHAT ? chats.view(c).applicationId() : null);
        message.put("broadcastType", null);
        message.put("createdAt", HcDates.fractional(thread.createdAt()));
        message.put("edited", thread.updatedAt() != null && !thread.updatedAt().equals(thread.createdAt()));
        message.put("id", thread.id());
        message.put("read", false);
        message.put("text", thread.text());
        message.put("updatedAt", HcDates.fractional(thread.updatedAt() != null ? thread.updatedAt()
                : thread.createdAt()));
        data.put("message", message);
        return data;
    }

    private Map<String, Object> person(Conversation c) {
        return view.customer(c);
    }

    private HcAgent agent(long accountId, Long userId) {
        return view.agent(accountId, userId);
    }

    static boolean chat(Map<String, String> details) {
        return ConversationType.CHAT.token().equals(details.get(EventDetails.CONVERSATION_TYPE));
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
