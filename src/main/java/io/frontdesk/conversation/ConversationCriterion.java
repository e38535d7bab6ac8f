package io.frontdesk.conversation;

import java.util.List;
import java.util.Set;

/**
 * A neutral predicate over conversations. Help Scout's list parameters, its `query=` language and the folders all
 * translate to this tree; `conversation.jdbc.ConversationSql` compiles it to parameterized SQL per database.
 */
public sealed interface ConversationCriterion {

    record All() implements ConversationCriterion {
    }

    record None() implements ConversationCriterion {
    }

    record And(List<ConversationCriterion> clauses) implements ConversationCriterion {
    }

    record Or(List<ConversationCriterion> clauses) implements ConversationCriterion {
    }

    record Not(ConversationCriterion clause) implements ConversationCriterion {
    }

    /** A number or time column compared with a Long or an Instant. */
    record Compare(Attribute attribute, Operator operator, Object value) implements ConversationCriterion {
    }

    /** The subject, or some thread's text, contains {@code text}, ignoring case. */
    record Contains(TextField field, String text) implements ConversationCriterion {
    }

    record StatusIn(Set<ConversationStatus> statuses) implements ConversationCriterion {
    }

    record StateIn(Set<ConversationState> states) implements ConversationCriterion {
    }

    /** In a mailbox of exactly this name (case-sensitive, as Help Scout documents `mailboxName`). */
    record MailboxNamed(String name) implements ConversationCriterion {
    }

    /** Tagged with this name, ignoring case. */
    record HasTag(String name) implements ConversationCriterion {
    }

    /** Assigned to this user; {@code userId} null means unassigned. */
    record Assignee(Long userId) implements ConversationCriterion {
    }

    /** Assigned to a user whose first, last or full name or email equals {@code name}, ignoring case. */
    record AssigneeNamed(String name) implements ConversationCriterion {
    }

    /** The primary customer has an email equal to ({@code exact}) or containing {@code email}, ignoring case. */
    record CustomerEmail(String email, boolean exact) implements ConversationCriterion {
    }

    /** The primary customer's first, last or full name contains {@code text}, ignoring case. */
    record CustomerName(NamePart part, String text) implements ConversationCriterion {
    }

    /** The primary customer is linked to this organization. */
    record CustomerInOrganization(long organizationId) implements ConversationCriterion {
    }

    /** Some thread has an attachment. */
    record HasAttachment() implements ConversationCriterion {
    }

    /**
     * A custom-field value compared: {@code value} is a String (compared lower-cased; CONTAINS allowed) or a Double
     * (compared with the numeric value of number fields).
     */
    record CustomField(long fieldId, Operator operator, Object value) implements ConversationCriterion {
    }

    /** The conversation has any value for the field. */
    record FieldSet(long fieldId) implements ConversationCriterion {
    }

    /** The columns {@link Compare} reads. */
    enum Attribute { ID, NUMBER, MAILBOX_ID, CUSTOMER_ID, CREATED_AT, UPDATED_AT, CLOSED_AT }

    enum TextField { SUBJECT, BODY }

    enum NamePart { FIRST, LAST, FULL }

    enum Operator { EQ, GT, GE, LT, LE, CONTAINS }

    static ConversationCriterion and(List<ConversationCriterion> clauses) {
        List<ConversationCriterion> useful = clauses.stream().filter(c -> !(c instanceof All)).toList();
        if (useful.isEmpty()) {
            return new All();
        }
        return useful.size() == 1 ? useful.get(0) : new And(useful);
    }

    static ConversationCriterion or(List<ConversationCriterion> clauses) {
        if (clauses.isEmpty()) {
            return new None();
        }
        return clauses.size() == 1 ? clauses.get(0) : new Or(List.copyOf(clauses));
    }
}
