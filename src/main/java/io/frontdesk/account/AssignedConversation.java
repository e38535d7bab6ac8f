package io.frontdesk.account;

/**
 * A conversation assigned to a user, as a user's delete sees it: enough to record its unassignment as an event.
 *
 * @param conversationType the conversation's type token (email, chat, phone)
 */
public record AssignedConversation(long conversationId, long mailboxId, String conversationType) {
}
