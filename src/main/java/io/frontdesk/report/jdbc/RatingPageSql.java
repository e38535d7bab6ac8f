package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.RatingPage;
import io.frontdesk.report.RatingQuery;
import io.frontdesk.report.ReportFact;
import io.frontdesk.report.ReportFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The ratings list's page in SQL (docs/reports.md, "SQLite at 1M after V62"): a count and one sorted page, instead of
 * every rating of the period mapped, sorted and cut in memory (a year at 1M conversations, about 85,000 facts, took
 * 1.6-3.3 s on SQLite). Rating time is the facts' {@code (account_id, kind, at)} index order, so the default list
 * reads its page's entries only; the other orders sort in the database.
 */
final class RatingPageSql {

    private RatingPageSql() {
    }

    static RatingPage read(Statements s, RatingQuery q, long offset, int limit) {
        if (q.users() != null && q.users().isEmpty()) {
            return new RatingPage(0, List.of());
        }
        StringBuilder where = new StringBuilder(
                "f.account_id = ? AND f.kind = 'RATED' AND f.at >= ? AND f.at < ?");
        List<Object> params = new ArrayList<>(List.of(q.accountId(), q.from().toEpochMilli(), q.to().toEpochMilli()));
        if (q.level() != null) {
            where.append(" AND f.rating = ?");
            params.add(q.level().name());
        }
        if (q.users() != null) {
            where.append(" AND f.user_id IN (").append(Statements.placeholders(q.users().size())).append(')');
            q.users().stream().sorted().forEach(params::add);
        }
        FilterSql.append(where, params, q.filter());
        String dir = q.ascending() ? " ASC" : " DESC";
        String key = switch (q.sort()) {
            case NUMBER -> "f.number" + dir + ", ";
            case MODIFIED_AT -> "";
            // the levels' order: great, okay, not good
            case RATING -> "CASE f.rating WHEN 'GREAT' THEN 1 WHEN 'OKAY' THEN 2 ELSE 3 END" + dir + ", ";
        };
        String order = " ORDER BY " + key + "f.at" + dir + ", f.conversation_id" + dir + ", f.id LIMIT ? OFFSET ?";
        List<Object> page = new ArrayList<>(params);
        page.add(limit);
        page.add(offset);
        List<ReportFact> ratings = new ArrayList<>();
        // the count of every rating of the period reads the index alone, and the page in time order reads its rows
        // only; with a level, users or a filter each rating's row is read to count it, and the page comes from that
        // same pass (its count beside each row)
        boolean indexOnly = q.level() == null && q.users() == null && q.filter().equals(ReportFilter.ALL);
        if (indexOnly) {
            long all = s.returningLong("SELECT COUNT(*) FROM report_facts f WHERE " + where, params);
            if (offset < all) {
                s.forEach("SELECT f.* FROM report_facts f WHERE " + where + order, page, JdbcReportStore.FACT,
                        ratings::add);
            }
            return new RatingPage(Math.toIntExact(all), ratings);
        }
        long[] counted = {-1};
        s.forEach("SELECT f.*, COUNT(*) OVER () AS counted FROM report_facts f WHERE " + where + order, page,
                (rs, ctx) -> {
                    counted[0] = rs.getLong("counted");
                    return JdbcReportStore.FACT.map(rs, ctx);
                }, ratings::add);
        long count = counted[0] >= 0 ? counted[0]
                : s.returningLong("SELECT COUNT(*) FROM report_facts f WHERE " + where, params); // a page past the end
        return new RatingPage(Math.toIntExact(count), ratings);
    }
}
