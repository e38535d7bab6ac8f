package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportPeriod;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Recomputes an account's rollups from its facts in a handful of set-wise statements (the same text on SQLite and
 * PostgreSQL), giving the rows {@link RollupWriter} would have kept fact by fact: for rollups of facts written before
 * V42, after a change of time zone, and after facts are rebuilt.
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    static void rebuild(Statements s, long account, ZoneId zone) {
        for (String table : List.of("report_rollups", "report_rollup_keys", "report_rollup_state")) {
            s.update("DELETE FROM " + table + " WHERE account_id = ?", Statements.params(account));
        }
        s.update("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (?, ?)",
                Statements.params(account, zone.getId()));
        long[] range = s.first("SELECT MIN(at), MAX(at) FROM report_facts WHERE account_id = ?",
                Statements.params(account), (rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).orElseThrow();
        if (range[0] == 0 && range[1] == 0) {
            return;
        }
        FactScope span = FactScope.of(account, new ReportPeriod(Instant.ofEpochMilli(range[0]),
                Instant.ofEpochMilli(range[1] + 1)), ReportFilter.ALL, zone);
        String day = new FactCountSql(span).localDay();
        // every fact once for everyone (-1) and once for its user
        String scoped = "(SELECT f.*, " + day + " AS d, -1 AS u FROM report_facts f WHERE f.account_id = " + account
                + " UNION ALL SELECT f.*, " + day + " AS d, f.user_id AS u FROM report_facts f WHERE f.account_id = "
                + account + " AND f.user_id IS NOT NULL) x";
        String act = "x.kind IN ('CREATED', 'CUSTOMER_MESSAGE', 'REPLY', 'CLOSED', 'REOPENED')";
        String wait = "CASE WHEN x.at > x.since THEN x.at - x.since ELSE 0 END";
        StringBuilder range10 = new StringBuilder("CASE");
        long[] bounds = RollupCounts.TIME_RANGES;
        for (int i = 0; i < bounds.length; i++) {
            range10.append(" WHEN x.at - x.since < ").append(bounds[i]).append(" THEN ").append(i + 1);
        }
        range10.append(" ELSE ").append(bounds.length + 1).append(" END");
        additive(s, account, scoped, "'activity'", "0", "0", act);
        additive(s, account, scoped, "CASE x.kind WHEN 'CREATED' THEN 'created' WHEN 'CUSTOMER_MESSAGE' THEN 'received'"
                + " ELSE 'replies' END", "0", "0", "x.kind IN ('CREATED', 'CUSTOMER_MESSAGE', 'REPLY')");
        additive(s, account, scoped, "'created_' || x.conversation_type", "0", "0",
                "x.kind = 'CREATED' AND x.conversation_type IN ('email', 'chat', 'phone')");
        String timed = "x.kind = 'REPLY' AND x.since IS NOT NULL";
        additive(s, account, scoped, "'response'", "0", wait, timed);
        additive(s, account, scoped, "'range'", range10.toString(), "0", timed);
        additive(s, account, scoped, "'first'", "0", wait, timed + " AND x.first_reply");
        additive(s, account, scoped, "'frange'", range10.toString(), "0", timed + " AND x.first_reply");
        additive(s, account, scoped, "'rated'", "CASE x.rating WHEN 'GREAT' THEN 0 WHEN 'OKAY' THEN 1 ELSE 2 END",
                "0", "x.kind = 'RATED'");
        keys(s, account, scoped, "conversations", "x.conversation_id", act);
        keys(s, account, scoped, "customers", "x.customer_id", act + " AND x.customer_id IS NOT NULL");
        keys(s, account, scoped, "helped", "x.customer_id", "x.kind = 'REPLY' AND x.customer_id IS NOT NULL");
        keys(s, account, scoped, "repliers", "x.user_id", "x.kind = 'REPLY' AND x.user_id IS NOT NULL");
        keys(s, account, scoped, "closed", "x.conversation_id", "x.kind = 'CLOSED'");
        keys(s, account, scoped, "raters", "x.customer_id", "x.kind = 'RATED' AND x.customer_id IS NOT NULL");
        s.update("""
                INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)
                SELECT account_id, family, user_id, day, prev, COUNT(*), 0, 0 FROM (
                    SELECT account_id, family, user_id, day,
                           COALESCE(LAG(day) OVER (PARTITION BY family, user_id, key_id ORDER BY day), -1) AS prev
                    FROM report_rollup_keys WHERE account_id = ?) k
                GROUP BY account_id, family, user_id, day, prev""", Statements.params(account));
        resolved(s, account, scoped, wait);
    }

    private static void additive(Statements s, long account, String scoped, String measure, String other, String ms,
                                 String where) {
        s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                + " SELECT " + account + ", m, u, d, o, COUNT(*), SUM(ms), 0 FROM (SELECT " + measure
                + " AS m, x.u, x.d, "
                + other + " AS o, " + ms + " AS ms FROM " + scoped + " WHERE " + where + ") y GROUP BY m, u, d, o",
                List.of());
    }

    private static void keys(Statements s, long account, String scoped, String family, String key, String where) {
        s.update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day) SELECT DISTINCT " + account
                + ", '" + family + "', x.u, " + key + ", x.d FROM " + scoped + " WHERE " + where, List.of());
    }

    /** Each (scope, conversation, day)'s last close after a reply, then each under its next such day. */
    private static void resolved(Statements s, long account, String scoped, String wait) {
        s.update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day, last_at, ms, replies)"
                + " SELECT " + account + ", 'resolved', u, conversation_id, d, at, ms, replies FROM (SELECT x.u,"
                + " x.conversation_id, x.d, x.at, " + wait + " AS ms, x.replies, ROW_NUMBER() OVER (PARTITION BY x.u,"
                + " x.conversation_id, x.d ORDER BY x.at DESC, x.id DESC) AS rn FROM " + scoped
                + " WHERE x.kind = 'CLOSED' AND x.replies > 0) c WHERE rn = 1", List.of());
        String next = "SELECT user_id, day, ms, replies, COALESCE(LEAD(day) OVER (PARTITION BY user_id, key_id"
                + " ORDER BY day), " + RollupWriter.NO_NEXT + ") AS next FROM report_rollup_keys WHERE account_id = "
                + account + " AND family = 'resolved'";
        s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                + " SELECT " + account + ", 'resolved', user_id, day, next, COUNT(*), SUM(ms), SUM(replies) FROM ("
                + next + ") r GROUP BY user_id, day, next", List.of());
        s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                + " SELECT " + account + ", m, user_id, day, next, COUNT(*), 0, 0 FROM (SELECT 'resolved_r' ||"
                + " CAST(CASE WHEN replies >= 10 THEN 10 ELSE replies END AS TEXT) AS m, user_id, day, next FROM ("
                + next + ") r0) r GROUP BY m, user_id, day, next", List.of());
    }
}
