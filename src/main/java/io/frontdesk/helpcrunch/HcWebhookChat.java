package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.ConversationStatus;
import io.frontdesk.conversation.ConversationThread;
import io.frontdesk.conversation.PersonType;

import java.util.List;
import java.util.Map;

/**
 * The `eventData` of chat events (helpcrunch-more.md §19.5), from the core conversation: HelpCrunch's chat endpoints
 * do not exist yet (issue #22), so this is the only chat rendering. Approximated: {@code status} maps Frontdesk's
 * (active → `opened`, or `new` while no agent has written; pending → `pending`; closed and spam → `closed`);
 * {@code closedBy} is `agent` whenever a user closed it (only users close here); rating, snooze, application and
 * department are null (Frontdesk has none of them).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "communicatedAgents", "customer", "assignee", "closedBy", "status", "closedAt", "rating",
        "createdAt", "lastMessageAt", "lastMessageText", "snoozedUntil", "applicationId", "department",
        "createdWith"})
record HcWebhookChat(long id, List<Long> communicatedAgents, Map<String, Object> customer, HcAgent assignee,
                     String closedBy, String status, String closedAt, String rating, String createdAt,
                     String lastMessageAt, String lastMessageText, String snoozedUntil, Long applicationId,
                     Object department, String createdWith) {

    static HcWebhookChat of(Conversation c, Map<String, Object> customer, HcAgent assignee) {
        List<Long> agents = HcWebhookPayloads.communicatedAgents(c);
        ConversationThread latest = c.threads() == null || c.threads().isEmpty() ? null : c.threads().get(0);
        boolean byCustomer = c.createdBy() != null && c.createdBy().type() == PersonType.CUSTOMER;
        return new HcWebhookChat(c.id(), agents, customer, assignee, c.closedBy() == null ? null : "agent",
                status(c.status(), agents.isEmpty()), HcDates.fractional(c.closedAt()), null,
                HcDates.fractional(c.createdAt()), latest == null ? null : HcDates.fractional(latest.createdAt()),
                c.preview(), null, null, null, byCustomer ? "customer_message" : "agent_message");
    }

    static String status(ConversationStatus status, boolean noAgentYet) {
        return switch (status) {
            case ACTIVE -> noAgentYet ? "new" : "opened";
            case PENDING -> "pending";
            case CLOSED, SPAM -> "closed";
        };
    }
}
