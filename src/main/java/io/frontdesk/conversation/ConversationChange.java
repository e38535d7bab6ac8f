package io.frontdesk.conversation;

/** One change of `PATCH /v2/conversations/{id}`; a request's changes apply in order, all or nothing. */
public sealed interface ConversationChange {

    record Subject(String subject) implements ConversationChange {
    }

    record Status(ConversationStatus status) implements ConversationChange {
    }

    /** {@code userId} null unassigns. */
    record Assign(Long userId) implements ConversationChange {
    }

    record Move(long mailboxId) implements ConversationChange {
    }

    record PrimaryCustomer(long customerId) implements ConversationChange {
    }

    /** `/draft false`: publish the draft conversation and its draft replies, which are sent then. */
    record Publish() implements ConversationChange {
    }
}
