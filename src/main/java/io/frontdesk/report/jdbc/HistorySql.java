package io.frontdesk.report.jdbc;

import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.HistoryCounts;
import io.frontdesk.report.HistoryCountsPage;
import io.frontdesk.report.HistoryQuery;
import io.frontdesk.report.HistoryReply;
import io.frontdesk.report.HistorySort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A user's conversation history in SQL (docs/reports.md, "User conversation history"): only the users' replies of the
 * period are read (V72's index alone), counted per conversation, joined to the conversation as it is now, sorted and
 * cut to a page; the period's last close of a conversation is one read of V72's index of the closes, for the page's
 * rows only, or for every row when sorting by it. Before, every reply and close of the period, everyone's, was read
 * into memory (about 2.6M facts a year at 1M conversations).
 */
final class HistorySql {

    private HistorySql() {
    }

    static HistoryCountsPage page(Statements s, HistoryQuery q, HistorySort sort, boolean ascending, long offset,
                                  int limit) {
        if (q.users().isEmpty()) {
            return new HistoryCountsPage(0, List.of());
        }
        List<Object> params = new ArrayList<>();
        // counted per conversation from the replies alone (V72's index), then joined to the conversations
        String acts = "WITH acts AS (SELECT c.id AS id, c.number AS number, c.status AS status,"
                + " c.customer_id AS customer_id, g.replies, g.wait_ms, g.waits, g.first_ms FROM (SELECT"
                + " f.conversation_id AS id, COUNT(*) AS replies,"
                + " CAST(SUM(CASE WHEN f.since IS NULL THEN 0 ELSE " + wait("f") + " END) AS BIGINT) AS wait_ms,"
                + " COUNT(f.since) AS waits,"
                + " MAX(CASE WHEN f.first_reply AND f.since IS NOT NULL THEN " + wait("f") + " END) AS first_ms"
                + " FROM report_facts f" + mine(q, params) + " GROUP BY f.conversation_id) g"
                + " JOIN conversations c ON c.id = g.id" + live(q, params) + ")";
        String order = order(sort, ascending);
        List<Object> paged = new ArrayList<>(params);
        String sql;
        if (sort == HistorySort.RESOLVE_TIME) {
            // every row's close; materialized, so that the close is looked up once per row, not again for the sort
            sql = acts + ", keyed AS MATERIALIZED (SELECT a.*, " + resolve(q, paged, "a.id", wait("f"))
                    + " AS resolve_ms FROM acts a) SELECT a.*, COUNT(*) OVER () AS counted FROM keyed a" + order
                    + " LIMIT ? OFFSET ?";
            paged.add(limit);
            paged.add(offset);
        } else {
            // the close is looked up for the page's rows only
            paged.add(limit);
            paged.add(offset);
            String page = ", page AS (SELECT a.*, COUNT(*) OVER () AS counted FROM acts a" + order
                    + " LIMIT ? OFFSET ?)";
            sql = acts + page + " SELECT a.*, " + resolve(q, paged, "a.id", wait("f")) + " AS resolve_ms FROM page a"
                    + order;
        }
        long[] counted = {-1};
        List<HistoryCounts> rows = new ArrayList<>();
        s.forEach(sql, paged, (rs, ctx) -> {
            counted[0] = rs.getLong("counted");
            return new HistoryCounts(rs.getLong("id"), rs.getLong("number"), rs.getString("status"),
                    rs.getLong("customer_id"), rs.getInt("replies"), rs.getLong("wait_ms"), rs.getInt("waits"),
                    Rows.nullableLong(rs, "first_ms"), Rows.nullableLong(rs, "resolve_ms"));
        }, rows::add);
        long count = counted[0] >= 0 ? counted[0]
                : s.returningLong(acts + " SELECT COUNT(*) FROM acts", params); // a page past the end
        return new HistoryCountsPage(Math.toIntExact(count), rows);
    }

    /**
     * Each of the users' replies of the period with its conversation now and its resolving close, in no order (the
     * history sorts by number, unique in the account): read from V72's index alone.
     */
    static void replies(Statements s, HistoryQuery q, Consumer<HistoryReply> each) {
        if (q.users().isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT f.conversation_id, c.number, c.status, c.customer_id, f.since, f.at, f.first_reply, "
                + resolve(q, params, "c.id", "f.since") + " AS resolved_since, "
                + resolve(q, params, "c.id", "f.at") + " AS resolved_at" + replies(q, params);
        s.forEach(sql, params, (rs, ctx) -> new HistoryReply(rs.getLong("conversation_id"), rs.getLong("number"),
                rs.getString("status"), rs.getLong("customer_id"), Rows.nullableInstant(rs, "since"),
                Rows.instant(rs, "at"), rs.getBoolean("first_reply"), Rows.nullableInstant(rs, "resolved_since"),
                Rows.nullableInstant(rs, "resolved_at")), each);
    }

    /**
     * {@code FROM … WHERE …} of the users' replies of the period in the filter's scope, joined to their conversations
     * that still exist (as a drilldown's rows: not deleted, not merged) and are now in the query's status.
     */
    private static String replies(HistoryQuery q, List<Object> params) {
        String mine = mine(q, params);
        return " FROM report_facts f JOIN conversations c ON c.id = f.conversation_id" + mine + live(q, params);
    }

    /** {@code WHERE …} of the users' replies {@code f} of the period in the filter's scope. */
    private static String mine(HistoryQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE f.account_id = ? AND f.user_id IN (")
                .append(Statements.placeholders(q.users().size()))
                .append(") AND f.kind = 'REPLY' AND f.at >= ? AND f.at < ?");
        params.add(q.accountId());
        q.users().stream().sorted().forEach(params::add);
        params.add(q.from().toEpochMilli());
        params.add(q.to().toEpochMilli());
        FilterSql.append(sql, params, q.filter());
        return sql.toString();
    }

    /** {@code AND …}: the conversation {@code c} still exists (not deleted, not merged) and is now in the status. */
    private static String live(HistoryQuery q, List<Object> params) {
        String sql = " AND c.account_id = ? AND c.state <> 'deleted' AND c.merged_into IS NULL";
        params.add(q.accountId());
        if (q.status() == null) {
            return sql;
        }
        params.add(q.status());
        return sql + " AND c.status = ?";
    }

    /**
     * {@code value} of the conversation's last close in the period and the filter's scope (the last by time, then id)
     * when that close was the users' and resolved it (after a reply, with its creation known); else null. A value of
     * one row, not the row's id joined after: PostgreSQL turned that join into a hash of every fact. Read from V72's
     * index of the closes by conversation alone, from the period's end backwards: the first close in the filter's
     * scope is the one.
     */
    private static String resolve(HistoryQuery q, List<Object> params, String conversation, String value) {
        StringBuilder sql = new StringBuilder("(SELECT CASE WHEN f.user_id IN (")
                .append(Statements.placeholders(q.users().size()))
                .append(") AND f.replies > 0 AND f.since IS NOT NULL THEN ").append(value)
                .append(" END FROM report_facts f WHERE f.account_id = ? AND f.conversation_id = ").append(conversation)
                .append(" AND f.kind = 'CLOSED' AND f.at >= ? AND f.at < ?");
        q.users().stream().sorted().forEach(params::add);
        params.add(q.accountId());
        params.add(q.from().toEpochMilli());
        params.add(q.to().toEpochMilli());
        FilterSql.append(sql, params, q.filter());
        return sql.append(" ORDER BY f.at DESC, f.id DESC LIMIT 1)").toString();
    }

    /** The wait of the fact {@code alias} in milliseconds, 0 when negative as {@code Figures.seconds} clamps it. */
    private static String wait(String alias) {
        return "CASE WHEN " + alias + ".at > " + alias + ".since THEN " + alias + ".at - " + alias + ".since"
                + " ELSE 0 END";
    }

    /** The sort's key, rows without a time last either way, ties by number in the same direction. */
    private static String order(HistorySort sort, boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        String number = "a.number" + dir;
        // times are compared as shown: in hundredths of a second, rounded half up (HistoryCounts.row)
        return " ORDER BY " + switch (sort) {
            case NUMBER -> number;
            case REPLIES_SENT -> "a.replies" + dir + ", " + number;
            case RESPONSE_TIME -> "CASE WHEN a.waits = 0 THEN 1 ELSE 0 END, (a.wait_ms + 5 * a.waits)"
                    + " / NULLIF(10 * a.waits, 0)" + dir + ", " + number;
            case RESOLVE_TIME -> "CASE WHEN a.resolve_ms IS NULL THEN 1 ELSE 0 END, (a.resolve_ms + 5) / 10" + dir
                    + ", " + number;
        };
    }
}
