package io.frontdesk.chat.jdbc;

import io.frontdesk.chat.ChatFilter;
import io.frontdesk.chat.ChatSort;
import io.frontdesk.chat.ChatStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles a {@link ChatFilter} into SQL over {@code conversations v LEFT JOIN chat_details d}, with named parameters.
 * What the chat derives from its threads (new, opened, empty; agents; last message times) is read from the threads
 * here too, with the same rules as {@link io.frontdesk.chat.Chat}.
 */
final class ChatSql {

    private static final String PUBLISHED = "t.conversation_id = v.id AND t.state = 'published'";
    private static final String CUSTOMER_SIDE = PUBLISHED + " AND t.type IN ('customer', 'chat', 'phone')";
    private static final String REPLY = PUBLISHED + " AND t.type = 'reply'";
    private static final String ANY_MESSAGE = "EXISTS (SELECT 1 FROM threads t WHERE " + PUBLISHED
            + " AND t.type IN ('customer', 'chat', 'phone', 'reply'))";
    private static final String ANY_REPLY = "EXISTS (SELECT 1 FROM threads t WHERE " + REPLY + ")";

    private final Map<String, Object> params = new LinkedHashMap<>();

    Map<String, Object> params() {
        return params;
    }

    String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    String sortKey(ChatSort sort) {
        return switch (sort) {
            case CREATED_AT -> "v.created_at";
            case CLOSED_AT -> "v.closed_at";
            case LAST_CUSTOMER_MESSAGE_AT -> "(SELECT MAX(t.created_at) FROM threads t WHERE " + CUSTOMER_SIDE + ")";
            case LAST_MESSAGE_AT -> "(SELECT MAX(t.created_at) FROM threads t WHERE " + PUBLISHED
                    + " AND t.type IN ('customer', 'chat', 'phone', 'reply'))";
        };
    }

    String compile(ChatFilter filter) {
        if (filter instanceof ChatFilter.All) {
            return "1 = 1";
        } else if (filter instanceof ChatFilter.And and) {
            return and.clauses().isEmpty() ? "1 = 1" : join(and.clauses(), " AND ");
        } else if (filter instanceof ChatFilter.Or or) {
            return or.clauses().isEmpty() ? "1 = 0" : join(or.clauses(), " OR ");
        } else if (filter instanceof ChatFilter.Compare compare) {
            return compare(compare);
        } else if (filter instanceof ChatFilter.Status status) {
            String test = status(status.status());
            return status.negated() ? "NOT (" + test + ")" : test;
        } else if (filter instanceof ChatFilter.Rating rating) {
            return text("d.rating", rating.op(), rating.value(), true);
        } else if (filter instanceof ChatFilter.Agent agent) {
            String by = "EXISTS (SELECT 1 FROM threads t WHERE " + PUBLISHED + " AND t.type IN ('reply', 'note')"
                    + " AND t.created_by_type = 'user' AND t.created_by_id ";
            return switch (agent.op()) {
                case NE -> "NOT " + by + "= " + bind(agent.userId()) + ")";
                default -> by + operator(agent.op()) + " " + bind(agent.userId()) + ")";
            };
        } else if (filter instanceof ChatFilter.CustomerText text) {
            String matches = text.email()
                    ? "EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = v.customer_id"
                    + " AND e.kind = 'email' AND " + positive("e.value_lower", text.op(), text.value()) + ")"
                    : "EXISTS (SELECT 1 FROM customers c WHERE c.id = v.customer_id AND "
                    + positive("lower(c.external_id)", text.op(), text.value()) + ")";
            return negative(text.op()) ? "NOT " + matches : matches;
        } else if (filter instanceof ChatFilter.CustomerTags tags) {
            if (tags.names().isEmpty()) {
                return "1 = 1";
            }
            return tags.names().stream().map(name -> (tags.negated() ? "NOT " : "")
                    + "EXISTS (SELECT 1 FROM customer_tags ct JOIN tags g ON g.id = ct.tag_id"
                    + " WHERE ct.customer_id = v.customer_id AND lower(g.name) = "
                    + bind(name.toLowerCase(Locale.ROOT)) + ")").collect(Collectors.joining(" AND ", "(", ")"));
        }
        throw new IllegalArgumentException("unknown chat filter " + filter.getClass().getSimpleName());
    }

    private String join(List<ChatFilter> clauses, String with) {
        return clauses.stream().map(c -> "(" + compile(c) + ")").collect(Collectors.joining(with));
    }

    private String status(ChatStatus status) {
        String detail = "COALESCE(d.status_detail, '')";
        return switch (status) {
            case EMPTY -> "v.status = 'active' AND NOT " + ANY_MESSAGE;
            case NEW -> "v.status = 'active' AND " + ANY_MESSAGE + " AND NOT " + ANY_REPLY;
            case OPENED -> "v.status = 'active' AND " + ANY_REPLY;
            case PENDING -> "v.status = 'pending' AND " + detail + " <> 'on_hold'";
            case ON_HOLD -> "v.status = 'pending' AND " + detail + " = 'on_hold'";
            case CLOSED -> "v.status IN ('closed', 'spam') AND " + detail + " <> 'no_communication'";
            case NO_COMMUNICATION -> "v.status IN ('closed', 'spam') AND " + detail + " = 'no_communication'";
        };
    }

    /** Ids compare as they are; times compare whole seconds over millisecond columns. */
    private String compare(ChatFilter.Compare c) {
        String column = switch (c.column()) {
            case ASSIGNEE -> "v.assignee_id";
            case CUSTOMER -> "v.customer_id";
            case DEPARTMENT -> "d.team_id";
            case CREATED_AT -> "v.created_at";
            case UPDATED_AT -> "v.updated_at";
            case CLOSED_AT -> "v.closed_at";
        };
        if (c.value() == null) {
            return column + (c.op() == ChatFilter.Op.NE ? " IS NOT NULL" : " IS NULL");
        }
        boolean time = c.column() == ChatFilter.Column.CREATED_AT || c.column() == ChatFilter.Column.UPDATED_AT
                || c.column() == ChatFilter.Column.CLOSED_AT;
        if (!time) {
            return c.op() == ChatFilter.Op.NE ? "(" + column + " IS NULL OR " + column + " <> " + bind(c.value()) + ")"
                    : column + " " + operator(c.op()) + " " + bind(c.value());
        }
        long start = c.value() * 1000;
        long next = start + 1000;
        return switch (c.op()) {
            case EQ -> column + " >= " + bind(start) + " AND " + column + " < " + bind(next);
            case NE -> "(" + column + " IS NULL OR " + column + " < " + bind(start) + " OR " + column + " >= "
                    + bind(next) + ")";
            case GT -> column + " >= " + bind(next);
            case GE -> column + " >= " + bind(start);
            case LT -> column + " < " + bind(start);
            case LE -> column + " < " + bind(next);
            default -> throw new IllegalArgumentException("not a time operator: " + c.op());
        };
    }

    /** A text column (lower-cased unless {@code lowered} already); null compares with "not set". */
    private String text(String column, ChatFilter.Op op, String value, boolean lowerColumn) {
        String col = lowerColumn ? "lower(" + column + ")" : column;
        if (value == null) {
            return column + (negative(op) ? " IS NOT NULL" : " IS NULL");
        }
        String match = positive(col, op, value);
        return negative(op) ? "(" + column + " IS NULL OR NOT (" + match + "))" : match;
    }

    private String positive(String column, ChatFilter.Op op, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (op) {
            case CONTAINS, NOT_CONTAINS -> column + " LIKE " + bind("%" + escapeLike(lower) + "%") + " ESCAPE '!'";
            default -> column + " = " + bind(lower);
        };
    }

    private static boolean negative(ChatFilter.Op op) {
        return op == ChatFilter.Op.NE || op == ChatFilter.Op.NOT_CONTAINS;
    }

    private static String operator(ChatFilter.Op op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case LT -> "<";
            case GE -> ">=";
            case LE -> "<=";
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
