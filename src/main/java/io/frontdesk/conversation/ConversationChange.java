package io.frontdesk.conversation;

import java.util.List;

/**
 * One change of `PATCH /v2/conversations/{id}` or `PUT /v1/conversations/{id}.json`; a request's changes apply in
 * order, all or nothing.
 */
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

    /** The whole list of tags (1.0's PUT sends the complete list; `[]` removes all); new names become tags. */
    record Tags(List<String> names) implements ConversationChange {
        public Tags {
            names = List.copyOf(names);
        }
    }

    /** Every custom-field value (1.0's PUT): fields left out lose their value, checked against the final mailbox. */
    record Fields(List<FieldInput> values) implements ConversationChange {
        public Fields {
            values = List.copyOf(values);
        }
    }
}
