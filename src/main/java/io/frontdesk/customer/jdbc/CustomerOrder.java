package io.frontdesk.customer.jdbc;

import io.frontdesk.core.SortOrder;
import io.frontdesk.customer.CustomerQuery;

import java.util.Locale;

/**
 * ORDER BY clauses for customer lists. Nulls sort last in both directions on both databases (SQLite and PostgreSQL
 * disagree by default), and id breaks ties so pages never overlap.
 */
final class CustomerOrder {

    private CustomerOrder() {
    }

    static String orderBy(CustomerQuery query, CustomerSql sql) {
        String dir = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        return switch (query.sort()) {
            case CREATED_AT -> "c.created_at " + dir + ", c.id " + dir;
            case UPDATED_AT -> "c.updated_at " + dir + ", c.id " + dir;
            case FIRST_NAME -> nullsLast("lower(c.first_name)", dir) + ", c.id " + dir;
            case LAST_NAME -> nullsLast("lower(c.last_name)", dir) + ", c.id " + dir;
            case FIRST_SEEN -> nullsLast("c.first_seen", dir) + ", c.id " + dir;
            case LAST_SEEN -> nullsLast("c.last_seen", dir) + ", c.id " + dir;
            case SCORE -> score(query, sql);
        };
    }

    private static String nullsLast(String expression, String dir) {
        return "CASE WHEN " + expression + " IS NULL THEN 1 ELSE 0 END, " + expression + " " + dir;
    }

    /** Exact name or email matches first, then prefix matches, then the rest; newest first within each rank. */
    private static String score(CustomerQuery query, CustomerSql sql) {
        if (query.scoreText() == null || query.scoreText().isBlank()) {
            return "c.created_at DESC, c.id DESC";
        }
        String text = query.scoreText().toLowerCase(Locale.ROOT);
        String exact = sql.bind(text);
        String prefix = sql.bind(CustomerSql.escapeLike(text) + "%");
        String emailExact = "EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = c.id AND e.kind = 'email'"
                + " AND e.value_lower = " + exact + ")";
        String emailPrefix = "EXISTS (SELECT 1 FROM customer_entries e WHERE e.customer_id = c.id"
                + " AND e.kind = 'email' AND e.value_lower LIKE " + prefix + " ESCAPE '!')";
        String rank = "CASE WHEN lower(c.first_name) = " + exact + " OR lower(c.last_name) = " + exact
                + " OR " + emailExact + " THEN 0"
                + " WHEN lower(c.first_name) LIKE " + prefix + " ESCAPE '!' OR lower(c.last_name) LIKE " + prefix
                + " ESCAPE '!' OR " + emailPrefix + " THEN 1 ELSE 2 END";
        String dir = query.order() == SortOrder.ASC ? "DESC" : "ASC";
        return rank + " " + dir + ", c.created_at DESC, c.id DESC";
    }
}
