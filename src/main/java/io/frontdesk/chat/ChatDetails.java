package io.frontdesk.chat;

import java.time.Instant;

/**
 * The stored chat state the core conversation lacks (table chat_details); the snooze is the conversation's own (one
 * snooze for both dialects). {@code agentRead} and {@code customerRead} are explicit marks, null when never set; a mark
 * of true holds until the other side writes after it ({@code *ReadAt}).
 *
 * @param teamId    the chat's department: one of the account's teams, null for none
 * @param channelId the application (channel) the chat came through, null when it was not started through one
 */
public record ChatDetails(long conversationId, String createdWith, String statusDetail, ChatRating rating,
                          Instant ratedAt, Boolean agentRead, Instant agentReadAt, Boolean customerRead,
                          Instant customerReadAt, Long teamId, Long channelId) {

    public static ChatDetails none(long conversationId) {
        return new ChatDetails(conversationId, null, null, null, null, null, null, null, null, null, null);
    }

    public ChatDetails withCreatedWith(String value) {
        return new ChatDetails(conversationId, value, statusDetail, rating, ratedAt, agentRead, agentReadAt,
                customerRead, customerReadAt, teamId, channelId);
    }

    public ChatDetails withStatusDetail(String value) {
        return new ChatDetails(conversationId, createdWith, value, rating, ratedAt, agentRead, agentReadAt,
                customerRead, customerReadAt, teamId, channelId);
    }

    public ChatDetails withRating(ChatRating value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, value, at, agentRead, agentReadAt,
                customerRead, customerReadAt, teamId, channelId);
    }

    public ChatDetails withAgentRead(boolean value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, value, at, customerRead,
                customerReadAt, teamId, channelId);
    }

    public ChatDetails withCustomerRead(boolean value, Instant at) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, agentRead, agentReadAt,
                value, at, teamId, channelId);
    }

    public ChatDetails withTeam(Long value) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, agentRead, agentReadAt,
                customerRead, customerReadAt, value, channelId);
    }

    public ChatDetails withChannel(Long value) {
        return new ChatDetails(conversationId, createdWith, statusDetail, rating, ratedAt, agentRead, agentReadAt,
                customerRead, customerReadAt, teamId, value);
    }
}
