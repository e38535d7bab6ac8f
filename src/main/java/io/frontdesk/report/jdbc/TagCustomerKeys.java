package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;

import java.util.List;
import java.util.Set;

/**
 * The (customer, conversation) pairs of each tag cell with the pair's previous day (V65, docs/reports.md "Top
 * customers per tag cell"): what {@code report_customer_keys} (V62) is for everyone, per tag. The pairs first seen in
 * days [D1, D2) are the rows with {@code day} in [D1, D2) and {@code prev_day} < D1, one per pair, so a customer's
 * distinct conversations there are a {@code COUNT(*)} of its rows there, where the cell's key rows needed a
 * {@code COUNT(DISTINCT)} per customer over every key row of the period; the primary key has the customer right after
 * the tag, so a few customers' counts (the previous period's ten) are a few ranges of it.
 *
 * <p>A pair belongs to one conversation, so a conversation leaving the tag deletes its pairs' whole chains, and one
 * joining it adds them day by day ({@link #add}, in any order of days): no other conversation's rows change.
 */
final class TagCustomerKeys {

    private TagCustomerKeys() {
    }

    /**
     * A folded activity fact's (customer, conversation, day) in the tag's cell: a new day takes the pair's previous day
     * as its own and gives itself to the pair's next day; a known day changes nothing.
     */
    static void add(Statements s, long account, long tag, long customer, long conversation, int day) {
        int[] near = s.first("SELECT MAX(CASE WHEN day < ? THEN day END), MIN(CASE WHEN day > ? THEN day END),"
                + " COUNT(CASE WHEN day = ? THEN 1 END) FROM report_tag_customer_keys WHERE account_id = ?"
                + " AND tag_id = ? AND customer_id = ? AND conversation_id = ?",
                Statements.params(day, day, day, account, tag, customer, conversation), (rs, ctx) -> {
                    int prev = rs.getInt(1);
                    prev = rs.wasNull() ? -1 : prev;
                    int next = rs.getInt(2);
                    next = rs.wasNull() ? RollupWriter.NO_NEXT : next;
                    return new int[] {prev, next, rs.getInt(3)};
                }).orElseThrow();
        if (near[2] > 0) {
            return;
        }
        s.update("INSERT INTO report_tag_customer_keys (account_id, tag_id, customer_id, conversation_id, day,"
                + " prev_day) VALUES (?, ?, ?, ?, ?, ?)", Statements.params(account, tag, customer, conversation, day,
                near[0]));
        if (near[1] != RollupWriter.NO_NEXT) {
            s.update("UPDATE report_tag_customer_keys SET prev_day = ? WHERE account_id = ? AND tag_id = ?"
                    + " AND customer_id = ? AND conversation_id = ? AND day = ?", Statements.params(day, account, tag,
                    customer, conversation, near[1]));
        }
    }

    /** The pair's every day in the tag's cell, when its conversation's folded facts leave the tag. */
    static void remove(Statements s, long account, long tag, long customer, long conversation) {
        s.update("DELETE FROM report_tag_customer_keys WHERE account_id = ? AND tag_id = ? AND customer_id = ?"
                + " AND conversation_id = ?", Statements.params(account, tag, customer, conversation));
    }

    /**
     * The set-wise rebuild's rows from the settled facts in their tag cells ({@code source}: CellKind.TAG's, each fact
     * once per tag of its conversation's folded set, with its local day {@code d}); {@code activity} is the activity
     * condition over {@code x}; one account id to bind.
     */
    static void rebuild(Statements s, String source, String activity, List<Object> params) {
        s.update("INSERT INTO report_tag_customer_keys (account_id, tag_id, customer_id, conversation_id, day,"
                + " prev_day) SELECT p.account_id, p.cell_tag, p.customer_id, p.conversation_id, p.d,"
                + " COALESCE(LAG(p.d) OVER (PARTITION BY p.cell_tag, p.customer_id, p.conversation_id ORDER BY p.d),"
                + " -1) FROM (SELECT DISTINCT x.account_id, x.cell_tag, x.customer_id, x.conversation_id, x.d FROM "
                + source + " WHERE " + activity + " AND x.customer_id IS NOT NULL) p", params);
    }

    /**
     * Each customer's pairs first seen in local days [fromDay, toDay) in the tag's cell ({@code customer_id, n}): of
     * {@code only}, or of all when it is empty; appends the parameters. A {@code COUNT(*)} of one row per pair where
     * the key rows needed a {@code COUNT(DISTINCT)} over every pair-day; a few customers are ranges of the primary key.
     */
    static String perCustomer(long account, long tag, int fromDay, int toDay, Set<Long> only, List<Object> params) {
        params.addAll(List.of(account, tag, fromDay, toDay, fromDay));
        String sql = "SELECT k.customer_id, COUNT(*) AS n FROM report_tag_customer_keys k WHERE k.account_id = ?"
                + " AND k.tag_id = ? AND k.day >= ? AND k.day < ? AND k.prev_day < ?";
        if (!only.isEmpty()) {
            sql += " AND k.customer_id IN (" + Statements.placeholders(only.size()) + ")";
            only.stream().sorted().forEach(params::add);
        }
        return sql + " GROUP BY k.customer_id";
    }
}
