package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.chat.ChatFilter;
import io.frontdesk.chat.ChatFilter.Column;
import io.frontdesk.chat.ChatFilter.Op;
import io.frontdesk.chat.ChatQuery;
import io.frontdesk.chat.ChatRating;
import io.frontdesk.chat.ChatSort;
import io.frontdesk.chat.ChatStatus;
import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerCriterion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * `GET /chats` paging and the `POST /chats/search` body (helpcrunch-more.md §3, §5): the same filter grammar and
 * bounds as customer search ({@link HcSearchFilters}: at most {@value HcSearchFilters#MAX_FILTERS} clauses, every
 * problem reported under its path), over the chat fields. A JSON `null` value means "not set" for the fields a chat
 * may lack (assignee, department, closedAt, rating), with `=` and `!=` only. `limit` defaults to 100 and may not
 * exceed it; without `sort` chats list in creation order, oldest first.
 */
final class HcChatSearch {

    /** What a field's values are and which operators it takes. */
    private enum Type { NUMBER, DATE, TEXT, STATUS, RATING, AGENT, TAGS }

    private enum Field {
        ASSIGNEE("chats.assignee", Type.NUMBER, Column.ASSIGNEE, true),
        AGENTS("chats.agents", Type.AGENT, null, false),
        CREATED_AT("chats.createdAt", Type.DATE, Column.CREATED_AT, false),
        UPDATED_AT("chats.updatedAt", Type.DATE, Column.UPDATED_AT, false),
        DEPARTMENT("chats.department", Type.NUMBER, Column.DEPARTMENT, true),
        STATUS("chats.status", Type.STATUS, null, false),
        CLOSED_AT("chats.closedAt", Type.DATE, Column.CLOSED_AT, true),
        RATING("chats.rating", Type.RATING, null, true),
        CUSTOMER("chats.customer", Type.NUMBER, Column.CUSTOMER, false),
        CUSTOMER_EMAIL("chats.customer.email", Type.TEXT, null, false),
        CUSTOMER_TAGS("chats.customer.tagsData", Type.TAGS, null, false),
        CUSTOMER_USER_ID("chats.customer.userId", Type.TEXT, null, false);

        final String wire;
        final Type type;
        final Column column;
        final boolean nullable;

        Field(String wire, Type type, Column column, boolean nullable) {
            this.wire = wire;
            this.type = type;
            this.column = column;
            this.nullable = nullable;
        }
    }

    private static final Map<String, ChatSort> SORTS = Map.of("chats.createdAt", ChatSort.CREATED_AT,
            "chats.lastCustomerMessageAt", ChatSort.LAST_CUSTOMER_MESSAGE_AT, "chats.lastMessageAt",
            ChatSort.LAST_MESSAGE_AT, "chats.closedAt", ChatSort.CLOSED_AT);

    private HcChatSearch() {
    }

    /** Offset, limit, sort and order (from a body or the query string); errors go to the body's validation. */
    static ChatQuery page(HcFields in, ChatFilter filter) {
        long offset = HcListQuery.number(in, "offset", 0, Long.MAX_VALUE, 0);
        int limit = (int) HcListQuery.number(in, "limit", 1, HcListQuery.MAX_LIMIT, HcListQuery.MAX_LIMIT);
        ChatSort sort = ChatSort.CREATED_AT;
        String sortName = in.text("sort").applyTo(null);
        if (sortName != null) {
            String name = sortName.trim();
            ChatSort found = SORTS.get(name.startsWith("chats.") ? name : "chats." + name);
            if (found == null) {
                in.error("sort", HcMessages.CHOICE);
            } else {
                sort = found;
            }
        }
        SortOrder order = SortOrder.ASC;
        String orderName = in.text("order").applyTo(null);
        if (orderName != null) {
            switch (orderName.trim().toLowerCase(Locale.ROOT)) {
                case "asc" -> order = SortOrder.ASC;
                case "desc" -> order = SortOrder.DESC;
                default -> in.error("order", HcMessages.CHOICE);
            }
        }
        return new ChatQuery(filter, sort, order, offset, limit);
    }

    static ChatFilter filter(HcFields body) {
        boolean any = false;
        String comparison = body.text("comparison").applyTo(null);
        if (comparison != null && comparison.equalsIgnoreCase("OR")) {
            any = true;
        } else if (comparison != null && !comparison.equalsIgnoreCase("AND")) {
            body.error("comparison", HcMessages.CHOICE);
        }
        JsonNode filter = body.raw("filter");
        if (filter == null || filter.isNull()) {
            return new ChatFilter.All();
        }
        if (!filter.isArray()) {
            body.error("filter", HcMessages.ARRAY);
            return new ChatFilter.All();
        }
        if (filter.size() > HcSearchFilters.MAX_FILTERS) {
            body.error("filter", HcMessages.countAtMost(HcSearchFilters.MAX_FILTERS));
            return new ChatFilter.All();
        }
        List<ChatFilter> clauses = new ArrayList<>();
        for (int i = 0; i < filter.size(); i++) {
            String path = body.path("filter") + "[" + i + "]";
            if (!filter.get(i).isObject()) {
                body.errorAt(path, HcMessages.OBJECT, filter.get(i));
                continue;
            }
            ChatFilter clause = clause(HcFields.nested(filter.get(i), path + ".", body.validation()));
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return new ChatFilter.All();
        }
        return any ? new ChatFilter.Or(clauses) : new ChatFilter.And(clauses);
    }

    private static ChatFilter clause(HcFields clause) {
        Field field = null;
        String name = clause.requiredText("field");
        if (name != null) {
            field = Arrays.stream(Field.values()).filter(f -> f.wire.equals(name)).findFirst().orElse(null);
            if (field == null) {
                clause.error("field", HcMessages.CHOICE);
            }
        }
        HcOperator operator = null;
        String opName = clause.requiredText("operator");
        if (opName != null) {
            operator = HcOperator.byWire(opName.trim()).orElse(null);
            if (operator == null) {
                clause.error("operator", HcMessages.CHOICE);
            }
        }
        if (field != null && operator != null && !applies(operator, field.type)) {
            clause.error("operator", HcMessages.operatorNotAllowed(operator.wire(), field.wire));
            operator = null;
        }
        JsonNode value = clause.raw("value");
        boolean none = value == null || value.isNull();
        if (none && (field == null || !field.nullable || operator != null && operator != HcOperator.EQ
                && operator != HcOperator.NE)) {
            clause.error("value", HcMessages.NOT_BLANK);
            return null;
        }
        if (field == null || operator == null) {
            return null;
        }
        Op op = Op.valueOf(operator.name());
        if (none) {
            return field.type == Type.RATING ? new ChatFilter.Rating(op, null)
                    : new ChatFilter.Compare(field.column, op, null);
        }
        return switch (field.type) {
            case NUMBER -> {
                Long number = HcSearchValues.number(clause);
                yield number == null ? null : new ChatFilter.Compare(field.column, op, number);
            }
            case DATE -> {
                Long seconds = HcSearchValues.seconds(clause);
                yield seconds == null ? null : new ChatFilter.Compare(field.column, op, seconds);
            }
            case AGENT -> {
                Long id = HcSearchValues.number(clause);
                yield id == null ? null : new ChatFilter.Agent(op, id);
            }
            case TEXT -> {
                String text = HcSearchValues.text(clause);
                yield text == null ? null
                        : new ChatFilter.CustomerText(field == Field.CUSTOMER_EMAIL, op, text);
            }
            case STATUS -> {
                String text = HcSearchValues.text(clause);
                Optional<ChatStatus> status = HcChatStatuses.read(text);
                if (text != null && status.isEmpty()) {
                    clause.error("value", HcMessages.CHOICE);
                }
                yield status.map(s -> (ChatFilter) new ChatFilter.Status(s, op == Op.NE)).orElse(null);
            }
            case RATING -> {
                String text = HcSearchValues.text(clause);
                if (text != null && (op == Op.EQ || op == Op.NE) && ChatRating.parse(text).isEmpty()) {
                    clause.error("value", HcMessages.CHOICE);
                    yield null;
                }
                yield text == null ? null : new ChatFilter.Rating(op, text.trim());
            }
            case TAGS -> {
                CustomerCriterion tags = HcSearchValues.tags(clause);
                yield tags instanceof CustomerCriterion.HasTags has
                        ? new ChatFilter.CustomerTags(has.names(), op == Op.NE) : null;
            }
        };
    }

    /** `=` and `!=` everywhere; order comparisons on numbers, dates and agents; contains on texts and ratings. */
    private static boolean applies(HcOperator operator, Type type) {
        return switch (operator) {
            case EQ, NE -> true;
            case GT, LT, GE, LE -> type == Type.NUMBER || type == Type.DATE || type == Type.AGENT;
            case CONTAINS, NOT_CONTAINS -> type == Type.TEXT || type == Type.RATING;
        };
    }
}
