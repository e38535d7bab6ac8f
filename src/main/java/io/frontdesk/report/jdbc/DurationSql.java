package io.frontdesk.report.jdbc;

import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.FactGrouping;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.FactTimes;

/**
 * The durations the counts sum (docs/reports.md, "Office hours from narrow streams"), as narrow rows for office hours
 * to be measured in Java: the timed replies' key, wait and whether first, and the resolving closes' key and span. The
 * same facts as the counts' sums, so that the counts can come from the rollups and only these be read.
 */
final class DurationSql {

    private DurationSql() {
    }

    static void read(Statements s, FactCountSql q, FactGrouping grouping, FactTimes times) {
        var kinds = q.scope().kinds();
        if (kinds == null || kinds.contains(FactKind.REPLY)) {
            s.forEach("SELECT " + q.key(grouping) + " AS k, f.since, f.at, f.first_reply FROM report_facts f WHERE "
                    + q.where + " AND f.kind = 'REPLY' AND f.since IS NOT NULL", q.params, (rs, ctx) -> {
                        Long key = Rows.nullableLong(rs, "k");
                        if (key != null) {
                            times.reply(key, rs.getLong("since"), rs.getLong("at"), rs.getBoolean("first_reply"));
                        }
                        return null;
                    }, ignored -> {
                    });
        }
        if (kinds == null || kinds.contains(FactKind.CLOSED)) {
            s.forEach("SELECT c.k, c.since, c.at FROM (" + q.resolvingCloses(grouping) + ") c WHERE c.rn = 1",
                    q.params, (rs, ctx) -> {
                        Long key = Rows.nullableLong(rs, "k");
                        if (key != null) {
                            times.resolved(key, Rows.nullableLong(rs, "since"), rs.getLong("at"));
                        }
                        return null;
                    }, ignored -> {
                    });
        }
    }
}
