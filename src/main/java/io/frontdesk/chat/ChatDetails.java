package io.frontdesk.chat;

import java.time.Instant;

/**
 * The stored chat state the core conversation lacks (table chat_details). {@code agentRead} and
 * {@code customerRead} are explicit marks, null when never set; a mark of true holds until the other side writes after
 * it ({@code *ReadAt}).
 */
public record ChatDetails(long conversationId, String createdWith, String statusDetail, ChatRating rating,
                          Instant ratedAt, Instant snoozedUntil, Boolean agentRead, Instant agentReadAt,
                          Boolean customerRead, Instant customerReadAt) {

    public static ChatDetails none(long conversationId) {
        return new ChatDetails(conversationId, null, null, null, null, null, null, null, null, null);
    }

    public ChatDetails withCreatedWith(String value) {
        return new ChatDetails(conversationId, value, statusDetail, rating, ratedAt, snoozedUntil, agentRead,
                agentReadAt, customerRead, customerReadAt);
    }

    public ChatDetails withStatusDetail(String value) {
        return new ChatDetails(conversationId, createdWith, value, rating, ratedAt, snoozedUntil, agentRead,
                agentReadAt, customerRead, customerReadAt);
    }

    public ChatDetails withRating(ChatRating value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, value, at, snoozedUntil, agentRead,
                agentReadAt, customerRead, customerReadAt);
    }

    public ChatDetails withSnoozedUntil(Instant value) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, value, agentRead,
                agentReadAt, customerRead, customerReadAt);
    }

    public ChatDetails withAgentRead(boolean value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, snoozedUntil, value, at,
                customerRead, customerReadAt);
    }

    public ChatDetails withCustomerRead(boolean value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, snoozedUntil, agentRead,
                agentReadAt, value, at);
    }
}
