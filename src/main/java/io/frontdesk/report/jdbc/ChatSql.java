package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.ChatCounts;
import io.frontdesk.report.ChatTimes;
import io.frontdesk.report.ReportFilter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The chat report counted in the database (docs/reports.md, "The chat report in the database"): the period's chat
 * facts and last closes of the chats created in the period (for users: of those they answered) summed, so a year at
 * 1M conversations ships one row instead of its 2.5 million facts. The last close of each chat is the latest by
 * time, then by id, as the facts are ordered. The same text on SQLite and PostgreSQL, but for the index SQLite is
 * told ({@link #facts()}).
 */
final class ChatSql {

    private static final String WAIT = "CASE WHEN f.at > f.since THEN f.at - f.since ELSE 0 END";

    private final long accountId;
    private final Instant from;
    private final Instant to;
    private final ReportFilter filter;
    private final Set<Long> users;
    private final boolean sqlite;

    /** {@code filter} is the report's, its types chat; {@code users} null for everyone. */
    ChatSql(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users, boolean sqlite) {
        this.sqlite = sqlite;
        this.accountId = accountId;
        this.from = from;
        this.to = to;
        this.filter = filter;
        this.users = users;
    }

    /**
     * The counts in one statement of three single rows: the chats (distinct conversations created in the period); the
     * customer messages and replies of those chats ({@code IN}: a hash of the chats each fact is looked up in), summed
     * as they come, with the chats among them that got a reply; and the chats' last closes. Grouping every fact of
     * the period per conversation first (with the closes as rows of the same shape) spent most of the statement in
     * the grouping's ten aggregates per conversation, spilled to disk at 200k (docs/reports.md, "The chat report:
     * sums over the chats' facts").
     */
    ChatCounts counts(Statements s) {
        if (users != null && users.isEmpty()) {
            return ChatCounts.NONE;
        }
        List<Object> params = new ArrayList<>();
        String timed = "f.kind = 'REPLY' AND f.since IS NOT NULL" + mine();
        StringBuilder sql = new StringBuilder("SELECT a.chats, m.completed, m.messages, m.response_ms,")
                .append(" m.response_n, m.wait_ms, m.wait_n, d.duration_ms, d.duration_n")
                .append(" FROM (SELECT COUNT(DISTINCT f.conversation_id) AS chats FROM ").append(facts())
                .append(" WHERE ").append(where(params, "'CREATED'")).append(") a,")
                .append(" (SELECT COUNT(DISTINCT CASE WHEN f.kind = 'REPLY' THEN f.conversation_id END) AS completed,")
                .append(" COUNT(*) AS messages,")
                .append(" SUM(CASE WHEN ").append(timed).append(" THEN ").append(WAIT).append(" ELSE 0 END)")
                .append(" AS response_ms,")
                .append(" SUM(CASE WHEN ").append(timed).append(" THEN 1 ELSE 0 END) AS response_n,")
                .append(" SUM(CASE WHEN ").append(timed).append(" AND f.first_reply THEN ").append(WAIT)
                .append(" ELSE 0 END) AS wait_ms,")
                .append(" SUM(CASE WHEN ").append(timed).append(" AND f.first_reply THEN 1 ELSE 0 END) AS wait_n");
        for (int i = 0; i < 4; i++) {
            mine(params); // the four timed conditions' users
        }
        sql.append(" FROM ").append(facts()).append(" WHERE ").append(where(params, "'CUSTOMER_MESSAGE', 'REPLY'"))
                .append(" AND f.conversation_id IN (").append(chats(params)).append(")) m,")
                .append(" (SELECT SUM(CASE WHEN l.at > l.since THEN l.at - l.since ELSE 0 END) AS duration_ms,")
                .append(" COUNT(*) AS duration_n FROM (").append(lastCloses(params)).append(") l")
                .append(" WHERE l.since IS NOT NULL) d");
        return s.first(sql.toString(), params, (rs, ctx) -> new ChatCounts(rs.getInt("chats"),
                rs.getInt("completed"), rs.getLong("messages"), rs.getLong("response_ms"), rs.getInt("response_n"),
                rs.getLong("wait_ms"), rs.getInt("wait_n"), rs.getLong("duration_ms"), rs.getInt("duration_n")))
                .orElse(ChatCounts.NONE);
    }

    /**
     * The durations {@link #counts} sums, each to {@code times}: the chats' timed replies (of the users), then their
     * last closes that know their start. Three columns a row, for the office-hours figures.
     */
    void times(Statements s, ChatTimes times) {
        if (users != null && users.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        StringBuilder replies = new StringBuilder("SELECT f.since, f.at, f.first_reply FROM " + facts() + " WHERE ")
                .append(where(params, "'REPLY'")).append(" AND f.since IS NOT NULL").append(mine(params))
                .append(" AND f.conversation_id IN (").append(chats(params)).append(')');
        s.forEach(replies.toString(), params, (rs, ctx) -> {
            times.reply(rs.getLong("since"), rs.getLong("at"), rs.getBoolean("first_reply"));
            return null;
        }, ignored -> {
        });
        params.clear();
        String closes = "SELECT l.since, l.at FROM (" + lastCloses(params) + ") l WHERE l.since IS NOT NULL";
        s.forEach(closes, params, (rs, ctx) -> {
            times.close(rs.getLong("since"), rs.getLong("at"));
            return null;
        }, ignored -> {
        });
    }

    /** The conversations the report counts: created in the period (for users: those they answered, {@link #where}). */
    private String chats(List<Object> params) {
        return "SELECT f.conversation_id FROM " + facts() + " WHERE " + where(params, "'CREATED'");
    }

    /**
     * Each chat's last close of the period: {@code c}, {@code at}, {@code since}. The chats are kept before the
     * closes are numbered (a chat's closes are all kept or none): PostgreSQL cannot estimate how many closes are
     * numbered 1 and, with the chats kept after, looked each of them up in the facts of its conversation.
     */
    private String lastCloses(List<Object> params) {
        return "SELECT w.c, w.at, w.since FROM (SELECT f.conversation_id AS c, f.at, f.since,"
                + " ROW_NUMBER() OVER (PARTITION BY f.conversation_id ORDER BY f.at DESC, f.id DESC) AS rn"
                + " FROM " + facts() + " WHERE " + where(params, "'CLOSED'") + " AND f.conversation_id IN ("
                + chats(params) + ")) w WHERE w.rn = 1";
    }

    /**
     * The facts as {@code f}. SQLite is told the chats' index: with statistics that do not know it yet (a store
     * migrated to V71 and not analysed since), its planner walked every fact of the account in conversation order
     * (report_facts_account_conversation) over 10 s a year at 200k. For users, the chats' index by conversation
     * (V74): their chats are looked up one by one ({@link #answered}), not found among every chat of the period.
     */
    private String facts() {
        if (!sqlite || !chatsOnly()) {
            return "report_facts f";
        }
        return users == null ? "report_facts f INDEXED BY report_facts_chats"
                : "report_facts f INDEXED BY report_facts_chats_by_conversation";
    }

    /** Whether the filter keeps chats only, so that the chats' partial index (V71) holds every fact to read. */
    private boolean chatsOnly() {
        return filter.types().equals(Set.of("chat"));
    }

    /**
     * The period's facts of these kinds (quoted names) in the filter's scope, over {@code f}; for users, of the
     * conversations they answered in it ({@link #answered}) only, so that no other chat is read.
     */
    private String where(List<Object> params, String kinds) {
        StringBuilder sql = new StringBuilder("f.account_id = ? AND f.kind IN (").append(kinds).append(')');
        params.add(accountId);
        scope(sql, params);
        if (users != null) {
            sql.append(" AND f.conversation_id IN (").append(answered(params)).append(')');
        }
        return sql.toString();
    }

    /**
     * The conversations the users answered in the period in the filter's scope: what makes a chat theirs. Read from
     * the users' replies (V72's report_facts_replies_by_user, which holds every column the scope reads). Its own
     * {@code f} hides the outer one, so the filter is spelled the same.
     */
    private String answered(List<Object> params) {
        params.add(accountId);
        StringBuilder sql = new StringBuilder("SELECT f.conversation_id FROM report_facts f")
                .append(sqlite ? " INDEXED BY report_facts_replies_by_user" : "")
                .append(" WHERE f.account_id = ? AND f.kind = 'REPLY'").append(mine(params));
        scope(sql, params);
        return sql.toString();
    }

    /** The period and the filter's scope, over {@code f}. */
    private void scope(StringBuilder sql, List<Object> params) {
        sql.append(" AND f.at >= ? AND f.at < ?");
        params.add(from.toEpochMilli());
        params.add(to.toEpochMilli());
        if (!chatsOnly()) {
            FilterSql.append(sql, params, filter);
            return;
        }
        // A literal, so that both planners may use the chats' partial indexes (V71, V74); it is the filter's type,
        // not repeated as a bound one: SQLite then read each fact's row for it (twice the time at 200k)
        sql.append(" AND f.conversation_type = 'chat'");
        FilterSql.append(sql, params, filter.withTypes(Set.of()));
    }

    /** {@code AND f.user_id IN (…)} for the users, its parameters added; nothing for everyone. */
    private String mine(List<Object> params) {
        if (users != null) {
            users.stream().sorted().forEach(params::add);
        }
        return mine();
    }

    /** The same text, its parameters left to the caller. */
    private String mine() {
        return users == null ? "" : " AND f.user_id IN (" + Statements.placeholders(users.size()) + ")";
    }
}
