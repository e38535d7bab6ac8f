package io.frontdesk.helpcrunch;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HelpCrunch's event names for a core event (helpcrunch-more.md §19.4), from the event's details alone: no read.
 * Conversations of type chat are HelpCrunch chats; email and phone conversations give only message events, with
 * `email` in their names. A customer update gives one name per aspect HelpCrunch announces, or none.
 */
final class HcWebhookNames {

    private HcWebhookNames() {
    }

    static List<String> of(Event event) {
        boolean chat = HcWebhookPayloads.chat(event.details());
        return switch (event.type()) {
            case CUSTOMER_CREATED -> List.of("customer.new");
            case CUSTOMER_UPDATED -> customerUpdate(event);
            case CUSTOMER_DELETED -> List.of("customer.deleted");
            case CONVERSATION_CREATED -> chat && "customer".equals(event.details().get(EventDetails.CREATED_BY))
                    ? List.of("chat.new") : List.of();
            case CONVERSATION_STATUS -> !chat ? List.of() : "closed".equals(event.details().get(EventDetails.TO))
                    ? List.of("chat.status_updated", "chat.closed") : List.of("chat.status_updated");
            case CONVERSATION_ASSIGNED -> chat ? List.of("chat.assigned") : List.of();
            // a rating of one reply (Help Scout's) is not HelpCrunch's rating of the whole chat
            case CONVERSATION_RATED -> chat && event.threadId() == null ? List.of("chat.rated") : List.of();
            case CONVERSATION_SNOOZED -> chat ? List.of("chat.snoozed") : List.of();
            case CONVERSATION_UNSNOOZED -> chat ? List.of("chat.unsnoozed") : List.of();
            // HelpCrunch announces no department change (helpcrunch-more.md §19.4): CONVERSATION_TEAM has no name
            case THREAD_CUSTOMER_CREATED -> chat
                    ? "true".equals(event.details().get(EventDetails.FIRST_CUSTOMER_THREAD))
                    ? List.of("chat.new", "message.chat.customer") : List.of("message.chat.customer")
                    : List.of("message.email.customer");
            // the first agent reply moves an active chat from new to opened (§19.4: "New → Opened on agent reply")
            case THREAD_REPLY_CREATED -> !chat ? List.of("message.email.agent")
                    : "true".equals(event.details().get(EventDetails.OPENED_CHAT))
                    ? List.of("message.chat.agent", "chat.status_updated") : List.of("message.chat.agent");
            case THREAD_NOTE_CREATED -> List.of("message.private");
            default -> List.of();
        };
    }

    private static List<String> customerUpdate(Event event) {
        List<String> names = new ArrayList<>();
        List<String> changed = Arrays.asList(event.details().getOrDefault(EventDetails.CHANGED, "").split(","));
        if (event.details().containsKey(EventDetails.OLD_EMAIL)) {
            names.add("customer.email_updated");
        }
        if (changed.contains("tags")) {
            names.add("customer.tags_changed");
        }
        String unsubscribed = event.details().get(EventDetails.UNSUBSCRIBED);
        if (unsubscribed != null) {
            names.add("true".equals(unsubscribed) ? "customer.unsubscribed" : "customer.subscribed");
        }
        String blocked = event.details().get(EventDetails.BLOCKED);
        if (blocked != null) {
            names.add("true".equals(blocked) ? "customer.blocked" : "customer.unblocked");
        }
        return names;
    }
}
