package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.DrillSelection;
import io.frontdesk.report.FactKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A drilldown's page and count where the facts are (docs/reports.md, "Drilldowns"), instead of every selected fact of
 * the period read into memory to keep each conversation's last (a year at 1M conversations: over five million facts
 * for the conversations with activity). A broad selection's page is walked newest first in batches of facts, which
 * ends as soon as the page's conversations are known; a narrow one's (a customer's, a subject's, a deep page of a rare
 * tag's) is grouped per conversation by the index of its condition and cut with LIMIT.
 */
final class DrillSql {

    /** Facts of a walk's first batch per conversation asked for; later batches double. */
    private static final int FACTS_PER_CONVERSATION = 8;
    private static final int MAX_BATCH = 65_536;

    private final DrillSelection q;
    private final String where;
    private final List<Object> params = new ArrayList<>();

    /** @param byConversations false: a tag filter is checked per fact, not read from the tags' conversations */
    private DrillSql(DrillSelection q, boolean byConversations) {
        this.q = q;
        StringBuilder sql = new StringBuilder("f.account_id = ? AND f.kind IN (")
                .append(Statements.placeholders(q.kinds().size())).append(") AND f.at >= ? AND f.at < ?");
        params.add(q.accountId());
        q.kinds().stream().map(FactKind::name).sorted().forEach(params::add);
        params.add(q.from().toEpochMilli());
        params.add(q.to().toEpochMilli());
        if (q.users() != null) {
            sql.append(" AND f.user_id IN (").append(Statements.placeholders(q.users().size())).append(')');
            q.users().stream().sorted().forEach(params::add);
        } else if (q.startedByUser()) {
            sql.append(" AND (f.kind <> 'CREATED' OR f.user_id IS NOT NULL)");
        }
        if (q.customerId() != null) {
            sql.append(" AND f.customer_id = ?");
            params.add(q.customerId());
        }
        if (q.subjectId() != null) {
            sql.append(" AND f.subject_id = ?");
            params.add(q.subjectId());
        }
        if (q.timed()) {
            sql.append(" AND f.since IS NOT NULL");
        }
        if (q.firstReplies()) {
            sql.append(" AND f.first_reply");
        }
        if (q.waitFromMillis() != null) {
            sql.append(" AND f.at - f.since >= ?");
            params.add(q.waitFromMillis());
        }
        if (q.waitToMillis() != null) {
            sql.append(" AND f.at - f.since < ?");
            params.add(q.waitToMillis());
        }
        if (q.lastClose()) {
            sql.append(" AND f.replies > 0");
        }
        FilterSql.append(sql, params, q.filter(), byConversations);
        this.where = sql.toString();
    }

    static int count(Statements s, DrillSelection q) {
        DrillSql d = new DrillSql(q, true);
        if (q.lastClose()) {
            List<Object> params = new ArrayList<>(d.params);
            params.add(q.repliesFrom());
            params.add(q.repliesTo());
            return Math.toIntExact(s.returningLong("SELECT COUNT(*) FROM (" + d.lastCloses() + ") x WHERE x.n = 1"
                    + " AND x.r >= ? AND x.r <= ?", params));
        }
        // grouped first: PostgreSQL's COUNT(DISTINCT) sorts every fact, a grouping can hash them
        return Math.toIntExact(s.returningLong("SELECT COUNT(*) FROM (SELECT f.conversation_id FROM report_facts f"
                + " WHERE " + d.where + " GROUP BY f.conversation_id) x", d.params));
    }

    static List<Long> page(Statements s, DrillSelection q, long offset, int limit, long budget) {
        List<Long> walked = budget > 0 ? new DrillSql(q, false).walk(s, offset, limit, budget) : null;
        return walked != null ? walked : new DrillSql(q, true).grouped(s, offset, limit);
    }

    /** Each selected close with its place among its conversation's (1: the last). */
    private String lastCloses() {
        return "SELECT f.conversation_id AS c, f.at AS a, f.replies AS r, ROW_NUMBER() OVER"
                + " (PARTITION BY f.conversation_id ORDER BY f.at DESC, f.id DESC) AS n FROM report_facts f WHERE "
                + where;
    }

    private List<Long> grouped(Statements s, long offset, int limit) {
        List<Object> params = new ArrayList<>(this.params);
        String sql;
        if (q.lastClose()) {
            params.add(q.repliesFrom());
            params.add(q.repliesTo());
            sql = "SELECT x.c FROM (" + lastCloses() + ") x WHERE x.n = 1 AND x.r >= ? AND x.r <= ?"
                    + " ORDER BY x.a DESC, x.c DESC LIMIT ? OFFSET ?";
        } else {
            sql = "SELECT f.conversation_id AS c, MAX(f.at) AS a FROM report_facts f WHERE " + where
                    + " GROUP BY f.conversation_id ORDER BY a DESC, c DESC LIMIT ? OFFSET ?";
        }
        params.add(limit);
        params.add(offset);
        List<Long> ids = new ArrayList<>();
        s.forEach(sql, params, (rs, ctx) -> rs.getLong("c"), ids::add);
        return ids;
    }

    /**
     * The selected facts newest first, in batches bounded by time: a batch's oldest instant may be cut, so its facts
     * are read again with the next batch, and each instant's conversations are placed together, by id. A conversation
     * takes its place at its newest fact (for {@link DrillSelection#lastClose}, at its last close, kept only when that
     * close took the replies asked for). Null when the page is not complete after {@code budget} facts.
     */
    private List<Long> walk(Statements s, long offset, int limit, long budget) {
        long wanted = offset + limit;
        Set<Long> seen = new HashSet<>();
        List<Long> placed = new ArrayList<>();
        long before = q.to().toEpochMilli();
        long read = 0;
        int batch = (int) Math.min(MAX_BATCH, Math.max(256, wanted * FACTS_PER_CONVERSATION));
        String order = q.lastClose() ? " ORDER BY f.at DESC, f.id DESC" : " ORDER BY f.at DESC";
        String sql = "SELECT f.conversation_id AS c, f.at AS a" + (q.lastClose() ? ", f.replies AS r" : "")
                + " FROM report_facts f WHERE " + where + " AND f.at < ?" + order + " LIMIT ?";
        while (placed.size() < wanted) {
            if (read > budget) {
                return null;
            }
            List<Object> params = new ArrayList<>(this.params);
            params.add(before);
            params.add(batch);
            List<long[]> rows = new ArrayList<>();
            s.forEach(sql, params, (rs, ctx) -> new long[] {rs.getLong("c"), rs.getLong("a"),
                    q.lastClose() ? rs.getLong("r") : 0}, rows::add);
            read += rows.size();
            boolean last = rows.size() < batch;
            long cut = rows.isEmpty() ? Long.MIN_VALUE : rows.get(rows.size() - 1)[1];
            if (!last && cut == rows.get(0)[1]) { // one instant fills the batch: read it whole
                batch = Math.min(Integer.MAX_VALUE / 2, batch * 2);
                continue;
            }
            int i = 0;
            while (i < rows.size() && (last || rows.get(i)[1] > cut)) {
                long at = rows.get(i)[1];
                List<Long> instant = new ArrayList<>();
                for (; i < rows.size() && rows.get(i)[1] == at; i++) {
                    long[] row = rows.get(i);
                    if (seen.add(row[0]) && (!q.lastClose() || row[2] >= q.repliesFrom() && row[2] <= q.repliesTo())) {
                        instant.add(row[0]);
                    }
                }
                instant.sort((a, b) -> Long.compare(b, a));
                placed.addAll(instant);
            }
            if (last) {
                break;
            }
            before = cut + 1;
            batch = Math.min(MAX_BATCH, batch * 2);
        }
        int from = (int) Math.min(offset, placed.size());
        return List.copyOf(placed.subList(from, (int) Math.min(placed.size(), wanted)));
    }
}
