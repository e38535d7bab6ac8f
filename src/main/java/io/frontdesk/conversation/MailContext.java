package io.frontdesk.conversation;

/** What an email takes from its conversation: where it belongs, its subject, and the primary customer's address. */
record MailContext(long accountId, long conversationId, String subject, String primaryEmail) {

    static MailContext of(Conversation conversation) {
        return new MailContext(conversation.accountId(), conversation.id(), conversation.subject(),
                conversation.primaryCustomer().email());
    }
}
