package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.PersonRef;
import io.frontdesk.web.Dates;

/**
 * An item of `GET /v1/search/conversations.json` (the Java SDK's SearchConversation). Frontdesk ranks by score but
 * computes no score value, so `score` is null (Gson leaves the SDK's float at its default).
 */
@JsonPropertyOrder({"id", "number", "mailboxId", "subject", "status", "threadCount", "preview", "customerName",
        "customerEmail", "modifiedAt", "score"})
record V1SearchConversation(long id, long number, long mailboxId, String subject, String status, int threadCount,
                            String preview, String customerName, String customerEmail, String modifiedAt,
                            Float score) {

    static V1SearchConversation of(Conversation c) {
        PersonRef customer = c.primaryCustomer();
        return new V1SearchConversation(c.id(), c.number(), c.mailboxId(), c.subject(), c.status().token(),
                c.threadCount(), c.preview(), customer == null ? null : name(customer),
                customer == null ? null : customer.email(), Dates.iso(c.updatedAt()), null);
    }

    private static String name(PersonRef person) {
        String first = person.firstName() == null ? "" : person.firstName();
        String last = person.lastName() == null ? "" : person.lastName();
        String full = (first + " " + last).trim();
        return full.isEmpty() ? null : full;
    }
}
