package io.frontdesk.conversation.jdbc;

import io.frontdesk.conversation.ConversationQuery;
import io.frontdesk.core.SortOrder;

import java.util.Locale;

/**
 * ORDER BY clauses for conversation lists. Nulls sort last in both directions on both databases, and the id breaks
 * ties in the same direction, so pages never overlap or skip.
 */
final class ConversationOrder {

    private static final String CUSTOMER_EMAIL = "(SELECT e.value_lower FROM customer_entries e"
            + " WHERE e.customer_id = v.customer_id AND e.kind = 'email' ORDER BY e.id LIMIT 1)";
    private static final String CUSTOMER_NAME = "(SELECT lower(TRIM(COALESCE(c.first_name, '') || ' '"
            + " || COALESCE(c.last_name, ''))) FROM customers c WHERE c.id = v.customer_id)";
    /** Statuses in the order an agent works through them, not alphabetically. */
    private static final String STATUS = "CASE v.status WHEN 'active' THEN 1 WHEN 'pending' THEN 2"
            + " WHEN 'closed' THEN 3 ELSE 4 END";

    private ConversationOrder() {
    }

    static String orderBy(ConversationQuery query, ConversationSql sql) {
        String dir = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        String tie = ", v.id " + dir;
        return switch (query.sort()) {
            case CREATED_AT -> "v.created_at " + dir + tie;
            case MODIFIED_AT -> "v.updated_at " + dir + tie;
            case NUMBER -> "v.number " + dir + tie;
            case MAILBOX_ID -> "v.mailbox_id " + dir + ", v.created_at " + dir + tie;
            case STATUS -> STATUS + " " + dir + ", v.created_at " + dir + tie;
            case SUBJECT -> "lower(v.subject) " + dir + tie;
            case CUSTOMER_EMAIL -> nullsLast(CUSTOMER_EMAIL, dir) + tie;
            case CUSTOMER_NAME -> nullsLast(CUSTOMER_NAME, dir) + tie;
            case WAITING_SINCE -> nullsLast("v.waiting_since", dir) + tie;
            case SCORE -> score(query, sql);
        };
    }

    private static String nullsLast(String expression, String dir) {
        return "CASE WHEN " + expression + " IS NULL THEN 1 ELSE 0 END, " + expression + " " + dir;
    }

    /**
     * Conversations whose subject contains the query's first text first (whole subject equal before that), then the
     * rest; newest first within each rank. Without query text, newest first.
     */
    private static String score(ConversationQuery query, ConversationSql sql) {
        if (query.scoreText() == null || query.scoreText().isBlank()) {
            return "v.created_at DESC, v.id DESC";
        }
        String text = query.scoreText().toLowerCase(Locale.ROOT);
        String rank = "CASE WHEN lower(v.subject) = " + sql.bind(text) + " THEN 0 WHEN lower(v.subject) LIKE "
                + sql.bind("%" + ConversationSql.escapeLike(text) + "%") + " ESCAPE '!' THEN 1 ELSE 2 END";
        String dir = query.order() == SortOrder.ASC ? "DESC" : "ASC";
        return rank + " " + dir + ", v.created_at DESC, v.id DESC";
    }
}
