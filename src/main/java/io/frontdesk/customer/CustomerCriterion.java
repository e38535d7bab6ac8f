package io.frontdesk.customer;

import java.util.List;

/**
 * A neutral predicate over customers. Help Scout list parameters and `query=` searches and HelpCrunch search filters
 * all translate to this tree, and one compiler turns it into parameterized SQL.
 */
public sealed interface CustomerCriterion {

    /** Matches every customer. */
    record All() implements CustomerCriterion {
    }

    /** Matches no customer (a search on a field this server never stores). */
    record None() implements CustomerCriterion {
    }

    record And(List<CustomerCriterion> clauses) implements CustomerCriterion {
    }

    record Or(List<CustomerCriterion> clauses) implements CustomerCriterion {
    }

    record Not(CustomerCriterion clause) implements CustomerCriterion {
    }

    /**
     * Compares an attribute. Text comparisons ignore case; {@code value} is a String, a Long for numbers, an Instant
     * for times.
     */
    record Compare(CustomerAttribute attribute, Operator operator, Object value) implements CustomerCriterion {
    }

    /** The attribute is null or empty. */
    record IsEmpty(CustomerAttribute attribute) implements CustomerCriterion {
    }

    /** Has every one of these tags (case-sensitive names). */
    record HasTags(List<String> names) implements CustomerCriterion {
    }

    /** Has at least one conversation in this mailbox. */
    record InMailbox(long mailboxId) implements CustomerCriterion {
    }

    /** Linked to this organization ({@code organizationId}). */
    record InOrganization(long organizationId) implements CustomerCriterion {
    }

    /** The comparison operators. */
    enum Operator { EQ, NE, GT, GE, LT, LE, CONTAINS, NOT_CONTAINS, PREFIX }

    static CustomerCriterion all() {
        return new All();
    }

    static CustomerCriterion and(List<CustomerCriterion> clauses) {
        List<CustomerCriterion> useful = clauses.stream().filter(c -> !(c instanceof All)).toList();
        if (useful.isEmpty()) {
            return new All();
        }
        return useful.size() == 1 ? useful.get(0) : new And(useful);
    }
}
