package io.frontdesk.conversation;

import io.frontdesk.conversation.ConversationCriterion.CustomField;
import io.frontdesk.conversation.ConversationCriterion.Operator;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.mailbox.FieldOption;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.search.Bound;
import io.frontdesk.search.DateExpression;
import io.frontdesk.search.QuerySyntaxException;
import io.frontdesk.search.Range;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search terms on custom fields, by field type: dropdowns by option id or label, numbers numerically, dates as
 * yyyy-MM-dd (with date math: `cf7:[NOW TO *]`), single- and multi-line text by containment.
 */
final class CustomFieldTerms {

    private CustomFieldTerms() {
    }

    /** `cf<id>:value` in a query. */
    static ConversationCriterion term(MailboxField field, String value, Instant now) {
        return switch (field.type()) {
            case SINGLE_LINE, MULTI_LINE -> new CustomField(field.id(), Operator.CONTAINS,
                    value.toLowerCase(Locale.ROOT));
            case DATE -> new CustomField(field.id(), Operator.EQ, day(value, now, "query"));
            default -> equalsValue(field, value, "query");
        };
    }

    static ConversationCriterion range(MailboxField field, Range range, Instant now) {
        List<ConversationCriterion> bounds = new ArrayList<>();
        for (Bound bound : List.of(range.lower(), range.upper())) {
            if (bound.isOpen()) {
                continue;
            }
            boolean lower = bound == range.lower();
            Operator op = lower ? (bound.inclusive() ? Operator.GE : Operator.GT)
                    : (bound.inclusive() ? Operator.LE : Operator.LT);
            Object value = switch (field.type()) {
                case NUMBER -> number(bound.value(), "query");
                case DATE -> day(bound.value(), now, "query");
                case SINGLE_LINE, MULTI_LINE -> bound.value().toLowerCase(Locale.ROOT);
                case DROPDOWN -> throw ConversationSearch.invalid("Field '" + range.field()
                        + "' is a dropdown and does not support ranges", range.field());
            };
            bounds.add(new CustomField(field.id(), op, value));
        }
        return bounds.isEmpty() ? new ConversationCriterion.FieldSet(field.id()) : ConversationCriterion.and(bounds);
    }

    /** Equality with the stored form of {@code value}; a dropdown label naming no option matches nothing. */
    static ConversationCriterion equalsValue(MailboxField field, String value, String param) {
        return switch (field.type()) {
            case DROPDOWN -> {
                String optionId = optionId(field, value);
                yield optionId == null ? new ConversationCriterion.None()
                        : new CustomField(field.id(), Operator.EQ, optionId);
            }
            case NUMBER -> new CustomField(field.id(), Operator.EQ, number(value, param));
            default -> new CustomField(field.id(), Operator.EQ, value.trim().toLowerCase(Locale.ROOT));
        };
    }

    /** The option id a dropdown value names, by id or by label (ignoring case), or null. */
    static String optionId(MailboxField field, String value) {
        String wanted = value.trim();
        for (FieldOption option : field.options()) {
            if (Long.toString(option.id()).equals(wanted) || option.label().equalsIgnoreCase(wanted)) {
                return Long.toString(option.id());
            }
        }
        return null;
    }

    private static Double number(String text, String param) {
        try {
            return new BigDecimal(text.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw ApiException.invalid(FieldError.query(param, "InvalidNumber", "'" + text + "' is not a number",
                    text));
        }
    }

    /** A date field's value for a query date: yyyy-MM-dd of the instant in UTC. */
    private static String day(String text, Instant now, String param) {
        try {
            return DateExpression.resolve(text.trim(), now).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (QuerySyntaxException e) {
            throw ApiException.invalid(FieldError.query(param, "MalformedDate", "Malformed date '" + text + "'",
                    text));
        }
    }
}
