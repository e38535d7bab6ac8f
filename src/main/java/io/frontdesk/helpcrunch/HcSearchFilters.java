package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.CustomerAttribute;
import io.frontdesk.customer.CustomerCriterion;
import io.frontdesk.customer.CustomerCriterion.Operator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one translation of HelpCrunch search filters into a {@link CustomerCriterion}: `filter` is an array of
 * `{field, operator, value}` clauses joined by `comparison` (`AND`, the default, or `OR`). A missing or empty filter
 * matches everyone (integrations poll `/customers/search` with paging only). Every clause is checked and every
 * problem reported under its path: an unknown field on `filter[i].field`, an operator the field's type does not take
 * on `filter[i].operator`, a value of the wrong type on `filter[i].value`.
 *
 * <p>Text comparisons ignore case (`=` is equality, `~` "contains"). Dates compare whole seconds, the precision
 * HelpCrunch shows them in, so `customers.lastSeen = 1603885746` matches anything within that second.
 */
final class HcSearchFilters {

    /**
     * Clauses per search. HelpCrunch documents no number; each clause is a sub-select or an index probe, and hundreds
     * of them ran for minutes on PostgreSQL or overflowed SQLite's expression depth. Real searches use a handful.
     */
    static final int MAX_FILTERS = 20;

    private HcSearchFilters() {
    }

    static CustomerCriterion translate(HcFields body) {
        boolean any = comparison(body);
        JsonNode filter = body.raw("filter");
        if (filter == null || filter.isNull()) {
            return CustomerCriterion.all();
        }
        if (!filter.isArray()) {
            body.error("filter", HcMessages.ARRAY);
            return CustomerCriterion.all();
        }
        if (filter.size() > MAX_FILTERS) {
            body.error("filter", HcMessages.countAtMost(MAX_FILTERS));
            return CustomerCriterion.all();
        }
        List<CustomerCriterion> clauses = new ArrayList<>();
        for (int i = 0; i < filter.size(); i++) {
            String path = body.path("filter") + "[" + i + "]";
            if (!filter.get(i).isObject()) {
                body.errorAt(path, HcMessages.OBJECT, filter.get(i));
                continue;
            }
            CustomerCriterion clause = clause(HcFields.nested(filter.get(i), path + ".", body.validation()));
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return CustomerCriterion.all();
        }
        if (!any) {
            return CustomerCriterion.and(clauses);
        }
        return clauses.size() == 1 ? clauses.get(0) : new CustomerCriterion.Or(clauses);
    }

    /** True for `OR`; `AND` or nothing is false. */
    private static boolean comparison(HcFields body) {
        String comparison = body.text("comparison").applyTo(null);
        if (comparison == null || comparison.equalsIgnoreCase("AND")) {
            return false;
        }
        if (comparison.equalsIgnoreCase("OR")) {
            return true;
        }
        body.error("comparison", HcMessages.CHOICE);
        return false;
    }

    /** One clause, or null after reporting what is wrong with it. */
    private static CustomerCriterion clause(HcFields clause) {
        HcSearchField field = field(clause);
        HcOperator operator = operator(clause);
        if (field != null && operator != null && !operator.appliesTo(field.type())) {
            clause.error("operator", HcMessages.operatorNotAllowed(operator.wire(), field.wire()));
            operator = null;
        }
        JsonNode value = clause.raw("value");
        if (value == null || value.isNull()) {
            clause.error("value", HcMessages.NOT_BLANK);
            return null;
        }
        if (field == null) {
            return null;
        }
        Object parsed = switch (field.type()) {
            case TEXT, UNSTORED -> HcSearchValues.text(clause);
            case NUMBER -> HcSearchValues.number(clause);
            case DATE -> HcSearchValues.seconds(clause);
            case TAGS -> HcSearchValues.tags(clause);
        };
        if (operator == null || parsed == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> text(field, operator, (String) parsed);
            case NUMBER -> new CustomerCriterion.Compare(field.attribute(), operator.core(), parsed);
            case DATE -> date(field.attribute(), operator, (Long) parsed);
            case TAGS -> (CustomerCriterion) parsed;
            // Messenger ids are never stored: no customer has one equal to (or containing) anything.
            case UNSTORED -> operator.negative() ? new CustomerCriterion.All() : new CustomerCriterion.None();
        };
    }

    private static HcSearchField field(HcFields clause) {
        String name = clause.requiredText("field");
        if (name == null) {
            return null;
        }
        HcSearchField field = HcSearchField.byWire(name).orElse(null);
        if (field == null) {
            clause.error("field", HcMessages.CHOICE);
        }
        return field;
    }

    private static HcOperator operator(HcFields clause) {
        String name = clause.requiredText("operator");
        if (name == null) {
            return null;
        }
        HcOperator operator = HcOperator.byWire(name.trim()).orElse(null);
        if (operator == null) {
            clause.error("operator", HcMessages.CHOICE);
        }
        return operator;
    }

    /** `customers.name` compares with first and last name joined by one space (FULL_NAME, trimmed). */
    private static CustomerCriterion text(HcSearchField field, HcOperator operator, String value) {
        return new CustomerCriterion.Compare(field.attribute(), operator.core(), value);
    }

    /**
     * Whole-second comparisons over millisecond storage: `= s` is [s, s+1), `> s` is from s+1 on, `<= s` before s+1.
     * `!=` also matches customers without the date, as `!=` does for every field.
     */
    private static CustomerCriterion date(CustomerAttribute attribute, HcOperator operator, long seconds) {
        Instant start = Instant.ofEpochSecond(seconds);
        Instant next = start.plusSeconds(1);
        return switch (operator) {
            case EQ -> new CustomerCriterion.And(List.of(
                    new CustomerCriterion.Compare(attribute, Operator.GE, start),
                    new CustomerCriterion.Compare(attribute, Operator.LT, next)));
            case NE -> new CustomerCriterion.Or(List.of(new CustomerCriterion.IsEmpty(attribute),
                    new CustomerCriterion.Compare(attribute, Operator.LT, start),
                    new CustomerCriterion.Compare(attribute, Operator.GE, next)));
            case GT -> new CustomerCriterion.Compare(attribute, Operator.GE, next);
            case GE -> new CustomerCriterion.Compare(attribute, Operator.GE, start);
            case LT -> new CustomerCriterion.Compare(attribute, Operator.LT, start);
            case LE -> new CustomerCriterion.Compare(attribute, Operator.LT, next);
            case CONTAINS, NOT_CONTAINS -> throw new IllegalStateException("not a date operator: " + operator);
        };
    }
}
