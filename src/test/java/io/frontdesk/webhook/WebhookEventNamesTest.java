package io.frontdesk.webhook;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.helpcrunch.HcWebhookPayloads;
import io.frontdesk.helpscout.v1.V1WebhookPayloads;
import io.frontdesk.helpscout.v2.V2WebhookPayloads;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dialect's event names for core events: decided from the event alone, so no database is needed. */
class WebhookEventNamesTest {

    private final WebhookPayloads v2 = new V2WebhookPayloads(null, null, null, null, account -> "http://x");
    private final WebhookPayloads v1 = new V1WebhookPayloads(null, null, null, null, null);
    private final WebhookPayloads hc = new HcWebhookPayloads(null, null, null, null);

    private static Event event(EventType type, Map<String, String> details) {
        return new Event(1, 1, type, 5, 2L, null, null, Instant.EPOCH, details);
    }

    private static Map<String, String> chat(String... pairs) {
        return with("chat", pairs);
    }

    private static Map<String, String> with(String conversationType, String... pairs) {
        Map<String, String> details = new java.util.HashMap<>(Map.of(EventDetails.CONVERSATION_TYPE,
                conversationType));
        for (int i = 0; i < pairs.length; i += 2) {
            details.put(pairs[i], pairs[i + 1]);
        }
        return details;
    }

    @Test
    void a_chat_closed_is_a_status_update_and_a_close_for_helpcrunch_and_convo_status_for_help_scout() {
        Event closed = event(EventType.CONVERSATION_STATUS, chat(EventDetails.FROM, "active", EventDetails.TO,
                "closed"));
        assertThat(hc.eventNames(closed)).containsExactly("chat.status_updated", "chat.closed");
        assertThat(v2.eventNames(closed)).containsExactly("convo.status");
        assertThat(v1.eventNames(closed)).containsExactly("convo.status");

        Event pending = event(EventType.CONVERSATION_STATUS, chat(EventDetails.FROM, "active", EventDetails.TO,
                "pending"));
        assertThat(hc.eventNames(pending)).containsExactly("chat.status_updated");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_STATUS, with("email", EventDetails.TO, "closed"))))
                .isEmpty();
    }

    @Test
    void a_customer_update_gives_one_helpcrunch_name_per_announced_aspect() {
        Event update = event(EventType.CUSTOMER_UPDATED, Map.of(
                EventDetails.CHANGED, "emails,tags,unsubscribed,blocked",
                EventDetails.OLD_EMAIL, "a@x.test", EventDetails.NEW_EMAIL, "b@x.test",
                EventDetails.UNSUBSCRIBED, "false", EventDetails.BLOCKED, "true"));
        assertThat(hc.eventNames(update)).containsExactly("customer.email_updated", "customer.tags_changed",
                "customer.subscribed", "customer.blocked");
        assertThat(v2.eventNames(update)).containsExactly("customer.updated");
        assertThat(v1.eventNames(update)).isEmpty();

        Event renamed = event(EventType.CUSTOMER_UPDATED, Map.of(EventDetails.CHANGED, "name"));
        assertThat(hc.eventNames(renamed)).isEmpty();
        Event unblocked = event(EventType.CUSTOMER_UPDATED, Map.of(EventDetails.CHANGED, "blocked",
                EventDetails.BLOCKED, "false"));
        assertThat(hc.eventNames(unblocked)).containsExactly("customer.unblocked");
    }

    @Test
    void threads_are_chat_or_email_messages_and_a_chats_first_customer_message_is_a_new_chat() {
        assertThat(hc.eventNames(event(EventType.THREAD_CUSTOMER_CREATED, with("email"))))
                .containsExactly("message.email.customer");
        assertThat(hc.eventNames(event(EventType.THREAD_REPLY_CREATED, with("phone"))))
                .containsExactly("message.email.agent");
        assertThat(hc.eventNames(event(EventType.THREAD_REPLY_CREATED, chat()))).containsExactly("message.chat.agent");
        assertThat(hc.eventNames(event(EventType.THREAD_REPLY_CREATED, chat(EventDetails.OPENED_CHAT, "true"))))
                .containsExactly("message.chat.agent", "chat.status_updated");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_SNOOZED, chat()))).containsExactly("chat.snoozed");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_UNSNOOZED, chat()))).containsExactly("chat.unsnoozed");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_UNSNOOZED, with("email")))).isEmpty();
        assertThat(hc.eventNames(event(EventType.CONVERSATION_TEAM, chat()))).isEmpty();
        assertThat(hc.eventNames(event(EventType.THREAD_NOTE_CREATED, chat()))).containsExactly("message.private");
        assertThat(hc.eventNames(event(EventType.THREAD_CUSTOMER_CREATED,
                chat(EventDetails.FIRST_CUSTOMER_THREAD, "true"))))
                .containsExactly("chat.new", "message.chat.customer");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_CREATED, chat(EventDetails.CREATED_BY, "customer"))))
                .containsExactly("chat.new");
        assertThat(hc.eventNames(event(EventType.CONVERSATION_CREATED, chat(EventDetails.CREATED_BY, "user"))))
                .isEmpty();
        assertThat(v2.eventNames(event(EventType.THREAD_CUSTOMER_CREATED, chat())))
                .containsExactly("convo.customer.reply.created");
        assertThat(v2.eventNames(event(EventType.CONVERSATION_CUSTOM_FIELDS, chat())))
                .containsExactly("convo.custom-fields");
        assertThat(v1.eventNames(event(EventType.CONVERSATION_CUSTOM_FIELDS, chat()))).isEmpty();
    }

    @Test
    void every_core_event_has_a_help_scout_2_name_and_tags_have_none_elsewhere() {
        for (EventType type : EventType.values()) {
            // a chat rating (no thread) is HelpCrunch's chat.rated; a reply's rating (a thread and a ratingId) is
            // Help Scout's satisfaction.ratings, and not HelpCrunch's
            if (type == EventType.CONVERSATION_RATED) {
                assertThat(v2.eventNames(event(type, chat()))).isEmpty();
                assertThat(hc.eventNames(event(type, chat()))).containsExactly("chat.rated");
                Event reply = new Event(1, 1, type, 5, 3L, 9L, null, Instant.EPOCH,
                        chat(EventDetails.RATING_ID, "4", EventDetails.TO, "great"));
                assertThat(v2.eventNames(reply)).containsExactly("satisfaction.ratings");
                assertThat(v1.eventNames(reply)).containsExactly("satisfaction.ratings");
                assertThat(hc.eventNames(reply)).isEmpty();
                continue;
            }
            // Help Scout announces neither a snooze nor a department (a team is an assignee there, a department
            // is not): its subscribers hear a snooze's end as convo.status when it reopens the conversation. A
            // workflow's run has no webhook in any dialect: its subscribers hear the changes its actions made
            if (type == EventType.CONVERSATION_SNOOZED || type == EventType.CONVERSATION_UNSNOOZED
                    || type == EventType.CONVERSATION_TEAM || type == EventType.CONVERSATION_WORKFLOW) {
                assertThat(v2.eventNames(event(type, chat()))).as(type.name()).isEmpty();
                assertThat(v1.eventNames(event(type, chat()))).as(type.name()).isEmpty();
                if (type == EventType.CONVERSATION_WORKFLOW) {
                    assertThat(hc.eventNames(event(type, chat()))).as(type.name()).isEmpty();
                }
                continue;
            }
            assertThat(v2.eventNames(event(type, chat()))).as(type.name()).hasSize(1);
        }
        assertThat(v2.eventNames(event(EventType.TAG_DELETED, Map.of()))).containsExactly("tag.deleted");
        assertThat(hc.eventNames(event(EventType.TAG_CREATED, Map.of()))).isEmpty();
        assertThat(v1.eventNames(event(EventType.TAG_CREATED, Map.of()))).isEmpty();
    }
}
