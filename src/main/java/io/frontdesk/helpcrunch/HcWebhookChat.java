package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The `eventData` of chat events (helpcrunch-more.md §19.5): the webhook's own keys and fractional times, with every
 * value from the same derivation as the chat endpoints ({@link HcChats#webhook}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "communicatedAgents", "customer", "assignee", "closedBy", "status", "closedAt", "rating",
        "createdAt", "lastMessageAt", "lastMessageText", "snoozedUntil", "applicationId", "department",
        "createdWith"})
record HcWebhookChat(long id, List<Long> communicatedAgents, Map<String, Object> customer, HcAgent assignee,
                     String closedBy, String status, String closedAt, String rating, String createdAt,
                     String lastMessageAt, String lastMessageText, String snoozedUntil, Long applicationId,
                     Object department, String createdWith) {
}
