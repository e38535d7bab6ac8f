package io.frontdesk.conversation;

import io.frontdesk.conversation.ConversationCriterion.Attribute;
import io.frontdesk.conversation.ConversationCriterion.Compare;
import io.frontdesk.conversation.ConversationCriterion.Contains;
import io.frontdesk.conversation.ConversationCriterion.Operator;
import io.frontdesk.conversation.ConversationCriterion.TextField;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.mailbox.MailboxField;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Help Scout's conversation search language (`query=`) as a {@link ConversationCriterion}.
 *
 * <p>`subject:` and `body:` match when the text contains every word of the value, in any order, ignoring case (so
 * `subject:"coffee tea"` finds "Tea or coffee?"); a bare value searches subject and bodies alike. `tag`, `status`,
 * `mailboxid`, `mailboxName`, `customerIds`, `number`, `id`, `assigned` (a user's name or email, or "Unassigned"),
 * `email`, `attachment:true`, `firstName`/`lastName`/`fullName` of the customer, `createdAt`/`modifiedAt`/`closedAt`
 * terms and ranges with date math, and `cf<fieldId>` custom-field terms and ranges are understood; anything else is a
 * 400 on `query`.
 */
public final class ConversationSearch {

    /** A translated query and the text that score ordering ranks subjects by (null when none). */
    public record Translation(ConversationCriterion criterion, String scoreText) {
    }

    private static final Map<String, Attribute> NUMBERS = Map.of("id", Attribute.ID, "number", Attribute.NUMBER,
            "mailboxid", Attribute.MAILBOX_ID, "mailbox", Attribute.MAILBOX_ID);
    private static final Map<String, Attribute> TIMES = Map.of("createdat", Attribute.CREATED_AT,
            "modifiedat", Attribute.UPDATED_AT, "updatedat", Attribute.UPDATED_AT, "closedat", Attribute.CLOSED_AT);

    private final Instant now;
    private final Map<Long, MailboxField> fields;
    private String scoreText;

    private ConversationSearch(Instant now, Map<Long, MailboxField> fields) {
        this.now = now;
        this.fields = fields;
    }

    /**
     * @param fields the account's custom field definitions by id, for `cf<fieldId>` terms
     */
    public static Translation translate(String query, Instant now, Map<Long, MailboxField> fields) {
        try {
            ConversationSearch search = new ConversationSearch(now, fields);
            ConversationCriterion criterion = search.criterion(QueryParser.parse(query == null ? "" : query));
            return new Translation(criterion, search.scoreText);
        } catch (QuerySyntaxException e) {
            throw invalid(e.getMessage(), query);
        }
    }

    /**
     * `customFieldsByIds=fieldId:value` pairs: each value equals the stored one (a dropdown by option id or label,
     * a number numerically, text ignoring case). An undefined field id is a 400 on `customFieldsByIds`.
     */
    public static ConversationCriterion fieldEquals(List<FieldInput> pairs, Map<Long, MailboxField> fields) {
        List<ConversationCriterion> clauses = new ArrayList<>();
        for (FieldInput pair : pairs) {
            MailboxField field = fields.get(pair.fieldId());
            if (field == null) {
                throw ApiException.invalid(FieldError.query("customFieldsByIds", "InvalidValue",
                        "No custom field with id " + pair.fieldId(), pair.fieldId() + ":" + pair.value()));
            }
            clauses.add(CustomFieldTerms.equalsValue(field, pair.value(), "customFieldsByIds"));
        }
        return ConversationCriterion.and(clauses);
    }

    private ConversationCriterion criterion(Query query) {
        if (query instanceof MatchAll) {
            return new ConversationCriterion.All();
        }
        if (query instanceof And and) {
            return new ConversationCriterion.And(and.clauses().stream().map(this::criterion).toList());
        }
        if (query instanceof Or or) {
            return new ConversationCriterion.Or(or.clauses().stream().map(this::criterion).toList());
        }
        if (query instanceof Not not) {
            String saved = scoreText;
            ConversationCriterion inner = criterion(not.clause());
            scoreText = saved;
            return new ConversationCriterion.Not(inner);
        }
        if (query instanceof Term term) {
            return term(term);
        }
        if (query instanceof Range range) {
            return range(range);
        }
        throw new IllegalArgumentException("unknown query node " + query);
    }

    private ConversationCriterion term(Term term) {
        String value = term.value().trim();
        if (term.field() == null) {
            remember(value);
            return words(value, List.of(TextField.SUBJECT, TextField.BODY));
        }
        String field = term.field().toLowerCase(Locale.ROOT);
        boolean star = !term.phrase() && value.equals("*");
        if (field.startsWith("cf") && field.length() > 2) {
            MailboxField definition = customField(term.field());
            return star ? new ConversationCriterion.FieldSet(definition.id()) : CustomFieldTerms.term(definition, value,
                    now);
        }
        if (star) {
            return switch (field) {
                case "assigned" -> new ConversationCriterion.Not(new ConversationCriterion.Assignee(null));
                default -> throw invalid("Field '" + term.field() + "' does not take *", value);
            };
        }
        if (NUMBERS.containsKey(field)) {
            return new Compare(NUMBERS.get(field), Operator.EQ, number(term.field(), value));
        }
        if (TIMES.containsKey(field)) {
            return timeTerm(TIMES.get(field), value);
        }
        return switch (field) {
            case "subject" -> textTerm(value, TextField.SUBJECT);
            case "body" -> textTerm(value, TextField.BODY);
            case "tag" -> new ConversationCriterion.HasTag(value);
            case "status" -> status(value);
            case "mailboxname" -> new ConversationCriterion.MailboxNamed(term.value());
            case "customerids", "customerid" -> customerIds(term.field(), value);
            case "assigned" -> value.equalsIgnoreCase("unassigned") ? new ConversationCriterion.Assignee(null)
                    : new ConversationCriterion.AssigneeNamed(value);
            case "email" -> new ConversationCriterion.CustomerEmail(value, isWholeAddress(value));
            case "attachment", "attachments", "hasattachments" -> attachment(term.field(), value);
            case "firstname" -> new ConversationCriterion.CustomerName(ConversationCriterion.NamePart.FIRST, value);
            case "lastname" -> new ConversationCriterion.CustomerName(ConversationCriterion.NamePart.LAST, value);
            case "fullname", "name", "customername" ->
                    new ConversationCriterion.CustomerName(ConversationCriterion.NamePart.FULL, value);
            case "modifiedsince" -> new Compare(Attribute.UPDATED_AT, Operator.GE, date(value));
            default -> throw invalid("Unknown conversation search field '" + term.field() + "'", term.field());
        };
    }

    private ConversationCriterion textTerm(String value, TextField field) {
        remember(value);
        return words(value, List.of(field));
    }

    /** Every word must be contained in one of {@code fields}. */
    private static ConversationCriterion words(String value, List<TextField> fields) {
        List<String> words = Arrays.stream(value.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new ConversationCriterion.All();
        }
        List<ConversationCriterion> clauses = new ArrayList<>();
        for (String word : words) {
            clauses.add(ConversationCriterion.or(fields.stream()
                    .<ConversationCriterion>map(field -> new Contains(field, word.toLowerCase(Locale.ROOT))).toList()));
        }
        return ConversationCriterion.and(clauses);
    }

    private static ConversationCriterion status(String value) {
        String token = value.toLowerCase(Locale.ROOT);
        if (token.equals("all")) {
            return new ConversationCriterion.All();
        }
        if (token.equals("open")) {
            return new ConversationCriterion.StatusIn(EnumSet.of(ConversationStatus.ACTIVE,
                    ConversationStatus.PENDING));
        }
        ConversationStatus status = ConversationStatus.parse(value).orElseThrow(() -> invalid(
                "Unknown status '" + value + "'; expected active, pending, closed, spam, open or all", value));
        return new ConversationCriterion.StatusIn(Set.of(status));
    }

    private static ConversationCriterion customerIds(String field, String value) {
        List<ConversationCriterion> ids = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                ids.add(new Compare(Attribute.CUSTOMER_ID, Operator.EQ, number(field, part)));
            }
        }
        return ConversationCriterion.or(ids);
    }

    private static ConversationCriterion attachment(String field, String value) {
        if (value.equalsIgnoreCase("true")) {
            return new ConversationCriterion.HasAttachment();
        }
        if (value.equalsIgnoreCase("false")) {
            return new ConversationCriterion.Not(new ConversationCriterion.HasAttachment());
        }
        throw invalid("Field '" + field + "' takes true or false", value);
    }

    /** A date matches its whole day; an instant its whole second. */
    private ConversationCriterion timeTerm(Attribute attribute, String text) {
        Instant start = date(text);
        Instant end = text.length() == 10 ? start.plus(1, ChronoUnit.DAYS) : start.plusSeconds(1);
        return new ConversationCriterion.And(List.of(new Compare(attribute, Operator.GE, start),
                new Compare(attribute, Operator.LT, end)));
    }

    private ConversationCriterion range(Range range) {
        String field = range.field().toLowerCase(Locale.ROOT);
        if (field.startsWith("cf") && field.length() > 2) {
            return CustomFieldTerms.range(customField(range.field()), range, now);
        }
        Attribute attribute = field.equals("modifiedsince") ? Attribute.UPDATED_AT : TIMES.get(field);
        boolean time = attribute != null;
        if (!time) {
            attribute = NUMBERS.get(field);
        }
        if (attribute == null) {
            throw invalid("Field '" + range.field() + "' does not support ranges", range.field());
        }
        List<ConversationCriterion> bounds = new ArrayList<>();
        for (Bound bound : List.of(range.lower(), range.upper())) {
            if (bound.isOpen()) {
                continue;
            }
            boolean lower = bound == range.lower();
            Operator op = lower ? (bound.inclusive() ? Operator.GE : Operator.GT)
                    : (bound.inclusive() ? Operator.LE : Operator.LT);
            Object value = time ? date(bound.value()) : number(range.field(), bound.value());
            bounds.add(new Compare(attribute, op, value));
        }
        return ConversationCriterion.and(bounds);
    }

    private MailboxField customField(String field) {
        long id;
        try {
            id = Long.parseLong(field.substring(2));
        } catch (NumberFormatException e) {
            throw invalid("Unknown conversation search field '" + field + "'", field);
        }
        MailboxField definition = fields.get(id);
        if (definition == null) {
            throw invalid("No custom field with id " + id, field);
        }
        return definition;
    }

    private Instant date(String text) {
        try {
            return DateExpression.resolve(text.trim(), now);
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

    /** `email:"john@example.com"` is an exact address; `email:example.com` or `email:john` a part of one. */
    private static boolean isWholeAddress(String value) {
        int at = value.indexOf('@');
        return at > 0 && value.indexOf('.', at) > at + 1 && !value.endsWith(".");
    }

    private void remember(String text) {
        if (scoreText == null && !text.isBlank()) {
            scoreText = text;
        }
    }

    static ApiException invalid(String message, Object rejected) {
        return ApiException.invalid(FieldError.query("query", "InvalidQuery", message, rejected));
    }
}
