package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The chat object of the current docs (helpcrunch-more.md §1.1), in their key order, every key always present. Built
 * only by {@link HcChats}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "closedBy", "lastCustomerMessageAt", "status", "closedAt", "rating", "createdAt",
        "lastMessageAt", "readByAgent", "readByCustomer", "createdWith", "snoozedUntil", "lastMessageText",
        "lastMessageId", "applicationId", "lastCommunicatedAgentId", "agents", "customer", "assignee", "department"})
record HcChat(long id, String closedBy, String lastCustomerMessageAt, String status, String closedAt, String rating,
              String createdAt, String lastMessageAt, boolean readByAgent, boolean readByCustomer, String createdWith,
              String snoozedUntil, String lastMessageText, Long lastMessageId, Long applicationId,
              Long lastCommunicatedAgentId, List<HcAgent> agents, Map<String, Object> customer, HcAgent assignee,
              Object department) {
}
