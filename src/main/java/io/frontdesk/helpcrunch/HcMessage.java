package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.ThreadType;

/**
 * A HelpCrunch message (helpcrunch-more.md §14.1): one published thread of a chat. Customer, chat and phone threads
 * are the customer's (`agent` null, as the core records them as customer events), replies the agent's, notes
 * `private`. Times are fractional-second strings (`"1594139170.913"`), as every message example and webhook shows;
 * `updatedAt` stays null until the text is edited. `read` is derived, the core keeping no read marks: a message is
 * read once the other side has written after it. Frontdesk sends no broadcasts, so `broadcastType` is always null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "agent", "type", "text", "read", "createdAt", "updatedAt", "edited", "broadcastType",
        "chat", "from"})
record HcMessage(long id, HcAgent agent, String type, String text, boolean read, String createdAt, String updatedAt,
                 boolean edited, String broadcastType, long chat, String from) {

    static HcMessage of(ConversationThread thread, HcAgent agent, boolean read) {
        boolean edited = edited(thread);
        return new HcMessage(thread.id(), byCustomer(thread) ? null : agent,
                thread.type() == ThreadType.NOTE ? "private" : "message", thread.text(), read,
                HcDates.fractional(thread.createdAt()), edited ? HcDates.fractional(thread.updatedAt()) : null,
                edited, null, thread.conversationId(), byCustomer(thread) ? "customer" : "agent");
    }

    /** The threads the core records as the customer's (THREAD_CUSTOMER_CREATED). */
    static boolean byCustomer(ConversationThread thread) {
        return thread.type() == ThreadType.CUSTOMER || thread.type() == ThreadType.CHAT
                || thread.type() == ThreadType.PHONE;
    }

    private static boolean edited(ConversationThread thread) {
        return thread.updatedAt() != null && thread.createdAt() != null
                && thread.updatedAt().toEpochMilli() != thread.createdAt().toEpochMilli();
    }
}
