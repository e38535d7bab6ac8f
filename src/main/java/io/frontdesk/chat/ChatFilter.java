package io.frontdesk.chat;

import java.util.List;

/**
 * What a chat search matches, as the dialect translated it; the store compiles it. Times are whole seconds, compared
 * as HelpCrunch shows them (`= s` is anything within that second).
 */
public sealed interface ChatFilter {

    enum Op { EQ, NE, GT, LT, GE, LE, CONTAINS, NOT_CONTAINS }

    /** Number and time columns of the chat. */
    enum Column { ASSIGNEE, CUSTOMER, DEPARTMENT, CREATED_AT, UPDATED_AT, CLOSED_AT }

    record All() implements ChatFilter {
    }

    record And(List<ChatFilter> clauses) implements ChatFilter {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    record Or(List<ChatFilter> clauses) implements ChatFilter {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /** @param value null compares with "not set": `=` is null, `!=` is set */
    record Compare(Column column, Op op, Long value) implements ChatFilter {
    }

    record Status(ChatStatus status, boolean negated) implements ChatFilter {
    }

    /** @param value null compares with "not rated" */
    record Rating(Op op, String value) implements ChatFilter {
    }

    /** An agent who wrote in the chat: `=` wrote, `!=` did not, others compare the ids of those who wrote. */
    record Agent(Op op, long userId) implements ChatFilter {
    }

    /** The customer's email (any of them) or external id, ignoring case. */
    record CustomerText(boolean email, Op op, String value) implements ChatFilter {
    }

    /** The customer has every one of these tags, or ({@code negated}) none of them. */
    record CustomerTags(List<String> names, boolean negated) implements ChatFilter {
        public CustomerTags {
            names = List.copyOf(names);
        }
    }
}
