package io.frontdesk.conversation;

/**
 * What an email takes from its conversation: where it belongs, its subject, and the primary customer's address; its
 * type, because only email and phone conversations are answered by email (a chat's reply reaches its customer in the
 * chat, never as a mail).
 */
record MailContext(long accountId, long conversationId, ConversationType type, String subject, String primaryEmail) {

    static MailContext of(Conversation conversation) {
        return new MailContext(conversation.accountId(), conversation.id(), conversation.type(),
                conversation.subject(), conversation.primaryCustomer().email());
    }

    /** Whether replies and auto-replies of this conversation are emailed. */
    boolean emailed() {
        return type != ConversationType.CHAT;
    }
}
