package io.frontdesk.conversation;

/** What a create answers: the id and number a client is sent to, without reading the conversation back. */
public record CreatedConversation(long id, long number) {
}
