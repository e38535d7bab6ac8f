package io.frontdesk.customer;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.search.And;
import io.frontdesk.search.Bound;
import io.frontdesk.search.DateExpression;
import io.frontdesk.search.MatchAll;
import io.frontdesk.search.Not;
import io.frontdesk.search.Or;
import io.frontdesk.search.Query;
import io.frontdesk.search.QueryParser;
import io.frontdesk.search.QuerySyntaxException;
import io.frontdesk.search.Range;
import io.frontdesk.search.Term;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Help Scout's customer search language (`query=`) as a {@link CustomerCriterion}, ignoring case throughout:
 * names are "a first name of John" (equality; `Jo*` for a prefix), a complete email address is that address, any
 * other email text is "an email containing", the free-text fields (organization, job title, location) contain the
 * value; a bare term searches names and emails; dates take ISO instants, plain dates and `NOW-180DAYS` math.
 */
public final class CustomerSearch {

    private static final Map<String, CustomerAttribute> FIELDS = Map.ofEntries(
            Map.entry("id", CustomerAttribute.ID),
            Map.entry("firstname", CustomerAttribute.FIRST_NAME),
            Map.entry("lastname", CustomerAttribute.LAST_NAME),
            Map.entry("fullname", CustomerAttribute.FULL_NAME),
            Map.entry("name", CustomerAttribute.FULL_NAME),
            Map.entry("email", CustomerAttribute.EMAIL),
            Map.entry("emaildomain", CustomerAttribute.EMAIL_DOMAIN),
            Map.entry("phone", CustomerAttribute.PHONE),
            Map.entry("organization", CustomerAttribute.ORGANIZATION),
            Map.entry("company", CustomerAttribute.ORGANIZATION),
            Map.entry("jobtitle", CustomerAttribute.JOB_TITLE),
            Map.entry("location", CustomerAttribute.LOCATION),
            Map.entry("createdat", CustomerAttribute.CREATED_AT),
            Map.entry("modifiedat", CustomerAttribute.UPDATED_AT),
            Map.entry("updatedat", CustomerAttribute.UPDATED_AT));

    /** A translated query and the text that score ranking compares names and emails with. */
    public record Translation(CustomerCriterion criterion, String scoreText) {
    }

    private final Instant now;
    private String scoreText;

    private CustomerSearch(Instant now) {
        this.now = now;
    }

    /**
     * Parses and translates {@code query}; a syntax error or an unknown field is a validation error on `query`.
     */
    public static Translation translate(String query, Instant now) {
        try {
            CustomerSearch search = new CustomerSearch(now);
            CustomerCriterion criterion = search.criterion(QueryParser.parse(query));
            return new Translation(criterion, search.scoreText);
        } catch (QuerySyntaxException e) {
            throw invalid(e.getMessage(), query);
        }
    }

    private CustomerCriterion criterion(Query query) {
        if (query instanceof MatchAll) {
            return new CustomerCriterion.All();
        }
        if (query instanceof And and) {
            return new CustomerCriterion.And(and.clauses().stream().map(this::criterion).toList());
        }
        if (query instanceof Or or) {
            return new CustomerCriterion.Or(or.clauses().stream().map(this::criterion).toList());
        }
        if (query instanceof Not not) {
            String saved = scoreText;
            CustomerCriterion inner = criterion(not.clause());
            scoreText = saved;
            return new CustomerCriterion.Not(inner);
        }
        if (query instanceof Term term) {
            return term(term);
        }
        if (query instanceof Range range) {
            return range(range);
        }
        throw new IllegalArgumentException("unknown query node " + query);
    }

    private CustomerCriterion term(Term term) {
        if (term.field() == null) {
            if (!term.phrase() && term.value().equals("*")) {
                return new CustomerCriterion.All();
            }
            remember(term.value());
            return new CustomerCriterion.Or(List.of(
                    new CustomerCriterion.Compare(CustomerAttribute.FIRST_NAME, nameOperator(term), stripWildcard(term)),
                    new CustomerCriterion.Compare(CustomerAttribute.LAST_NAME, nameOperator(term), stripWildcard(term)),
                    new CustomerCriterion.Compare(CustomerAttribute.EMAIL, bareEmailOperator(term),
                            stripWildcard(term))));
        }
        if (term.field().equalsIgnoreCase("modifiedSince")) {
            return new CustomerCriterion.Compare(CustomerAttribute.UPDATED_AT, CustomerCriterion.Operator.GE,
                    date(term.value()));
        }
        CustomerAttribute attribute = attribute(term.field());
        if (!term.phrase() && term.value().equals("*")) {
            return new CustomerCriterion.Not(new CustomerCriterion.IsEmpty(attribute));
        }
        return switch (attribute.type()) {
            case NUMBER -> new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.EQ,
                    number(term.field(), term.value()));
            case TIME -> timeTerm(attribute, term.value());
            case TEXT -> {
                if (attribute != CustomerAttribute.EMAIL_DOMAIN) {
                    remember(term.value());
                }
                yield new CustomerCriterion.Compare(attribute, textOperator(attribute, term), stripWildcard(term));
            }
        };
    }

    /** A date matches its whole day; an instant its whole second. */
    private CustomerCriterion timeTerm(CustomerAttribute attribute, String text) {
        Instant start = date(text);
        Instant end = text.trim().length() == 10 ? start.plus(1, ChronoUnit.DAYS) : start.plusSeconds(1);
        return new CustomerCriterion.And(List.of(
                new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.GE, start),
                new CustomerCriterion.Compare(attribute, CustomerCriterion.Operator.LT, end)));
    }

    private CustomerCriterion range(Range range) {
        CustomerAttribute attribute = range.field().equalsIgnoreCase("modifiedSince") ? CustomerAttribute.UPDATED_AT
                : attribute(range.field());
        List<CustomerCriterion> bounds = new ArrayList<>();
        bound(attribute, range.field(), range.lower(), true, bounds);
        bound(attribute, range.field(), range.upper(), false, bounds);
        return bounds.isEmpty() ? new CustomerCriterion.Not(new CustomerCriterion.IsEmpty(attribute))
                : CustomerCriterion.and(bounds);
    }

    private void bound(CustomerAttribute attribute, String field, Bound bound, boolean lower,
                       List<CustomerCriterion> out) {
        if (bound.isOpen()) {
            return;
        }
        CustomerCriterion.Operator op = lower
                ? (bound.inclusive() ? CustomerCriterion.Operator.GE : CustomerCriterion.Operator.GT)
                : (bound.inclusive() ? CustomerCriterion.Operator.LE : CustomerCriterion.Operator.LT);
        if (attribute == CustomerAttribute.EMAIL || attribute == CustomerAttribute.EMAIL_DOMAIN
                || attribute == CustomerAttribute.PHONE) {
            throw invalid("Field '" + field + "' does not support ranges", field);
        }
        Object value = switch (attribute.type()) {
            case TIME -> date(bound.value());
            case NUMBER -> number(field, bound.value());
            case TEXT -> bound.value();
        };
        out.add(new CustomerCriterion.Compare(attribute, op, value));
    }

    private Instant date(String text) {
        try {
            return DateExpression.resolve(text, now);
        } catch (QuerySyntaxException e) {
            throw invalid("Malformed date '" + text + "'", text);
        }
    }

    private static Long number(String field, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw invalid("Field '" + field + "' takes a number, got '" + text + "'", text);
        }
    }

    private static CustomerAttribute attribute(String field) {
        CustomerAttribute attribute = FIELDS.get(field.toLowerCase(Locale.ROOT));
        if (attribute == null) {
            throw invalid("Unknown customer search field '" + field + "'", field);
        }
        return attribute;
    }

    private static CustomerCriterion.Operator textOperator(CustomerAttribute attribute, Term term) {
        return switch (attribute) {
            case FIRST_NAME, LAST_NAME, FULL_NAME -> nameOperator(term);
            case EMAIL -> emailOperator(term);
            case EMAIL_DOMAIN -> CustomerCriterion.Operator.EQ;
            default -> isPrefix(term) ? CustomerCriterion.Operator.PREFIX : CustomerCriterion.Operator.CONTAINS;
        };
    }

    /** "Customers who have a first name of John": the whole name, ignoring case; `Jo*` for names starting with Jo. */
    private static CustomerCriterion.Operator nameOperator(Term term) {
        return isPrefix(term) ? CustomerCriterion.Operator.PREFIX : CustomerCriterion.Operator.EQ;
    }

    /**
     * A bare word is a word of the search, not a fragment: it finds addresses that start with it (`john` finds
     * `john.smith@…`), as a search engine that keeps an address as one token would, and a complete address exactly.
     */
    private static CustomerCriterion.Operator bareEmailOperator(Term term) {
        return Emails.valid(term.value()) ? CustomerCriterion.Operator.EQ : CustomerCriterion.Operator.PREFIX;
    }

    /**
     * A complete address (`local@host.tld`) is that address: what a client searching for it means, answered by the
     * unique email index. Anything else is a substring, as Help Scout documents "an email containing".
     */
    private static CustomerCriterion.Operator emailOperator(Term term) {
        if (isPrefix(term)) {
            return CustomerCriterion.Operator.PREFIX;
        }
        return Emails.valid(term.value()) ? CustomerCriterion.Operator.EQ : CustomerCriterion.Operator.CONTAINS;
    }

    private static boolean isPrefix(Term term) {
        String value = term.value();
        return !term.phrase() && value.length() > 1 && value.endsWith("*") && value.indexOf('*') == value.length() - 1;
    }

    private static String stripWildcard(Term term) {
        return isPrefix(term) ? term.value().substring(0, term.value().length() - 1) : term.value();
    }

    private void remember(String text) {
        if (scoreText == null) {
            scoreText = text.endsWith("*") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private static ApiException invalid(String message, Object rejected) {
        return ApiException.invalid(FieldError.query("query", "InvalidQuery", message, rejected));
    }
}
