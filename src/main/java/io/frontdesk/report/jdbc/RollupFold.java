package io.frontdesk.report.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds an account's pending facts (migration V47) into its rollups, oldest id first, and deletes their pending rows
 * in the same transaction, under the account's rollup lock: a fact is in the rollups exactly when its row is gone,
 * whatever order facts commit in. Facts are written without the lock (docs/reports.md, "Speed: rollups").
 */
final class RollupFold {

    private static final String PENDING = """
            SELECT p.fact_id AS pending_id, f.* FROM report_rollup_pending p
            LEFT JOIN report_facts f ON f.id = p.fact_id AND f.account_id = p.account_id
            WHERE p.account_id = ? ORDER BY p.fact_id LIMIT ?""";

    private RollupFold() {
    }

    /**
     * A pending row and its fact; null when the fact was deleted since (a rebuild of the facts removes them). A subject
     * fact's subject (V41), null for the others.
     */
    private record Pending(long factId, ReportFact fact, Long subject) {
    }

    /**
     * Folds up to {@code limit} of the account's tag marks ({@link TagMarks}) and then up to {@code limit} of its
     * pending facts; answers the larger of the two counts of rows it took (a full batch of either: more may wait).
     */
    static int fold(Statements s, DbVendor vendor, long account, int limit) {
        RollupWriter.lock(s, vendor, account);
        Optional<ZoneId> kept = RollupWriter.zone(s, account);
        if (vendor == DbVendor.POSTGRESQL && kept.isEmpty()) {
            // no rollups kept, or started over (RollupRebuild.restart): everything at once, then what came meanwhile
            RollupRebuild.setWise(s, account, settingsZone(s, account));
            return limit;
        }
        List<Pending> batch = new ArrayList<>();
        s.forEach(PENDING, Statements.params(account, limit), (rs, ctx) -> new Pending(rs.getLong("pending_id"),
                rs.getObject("id") == null ? null : JdbcReportStore.FACT.map(rs, ctx),
                Rows.nullableLong(rs, "subject_id")), batch::add);
        if (batch.isEmpty() && TagMarks.marked(s, account, 1) == 0) {
            return 0;
        }
        ZoneId zone = kept.orElseGet(() -> start(s, account));
        RollupBatch writes = new RollupBatch(s, account);
        // retaggings first: the pending facts then go to the cells of their conversations' new tag sets
        int marks = TagMarks.fold(writes, account, zone, limit);
        Set<Long> conversations = new HashSet<>();
        batch.stream().filter(p -> p.fact() != null).forEach(p -> conversations.add(p.fact().conversationId()));
        writes.folded(TagMarks.folded(s, account, conversations));
        for (Pending p : batch) {
            if (p.fact() != null) {
                RollupWriter.record(writes, account, p.factId(), p.fact(), p.subject(), zone);
            }
            s.update("DELETE FROM report_rollup_pending WHERE account_id = ? AND fact_id = ?",
                    Statements.params(account, p.factId()));
        }
        writes.write();
        return Math.max(marks, batch.size());
    }

    /** How many facts are pending and conversations' tags marked, counting no further than {@code atMost} each. */
    static long pending(Statements s, long account, long atMost) {
        return s.returningLong("SELECT COUNT(*) FROM (SELECT 1 FROM report_rollup_pending WHERE account_id = ? LIMIT ?)"
                + " p", Statements.params(account, atMost)) + TagMarks.marked(s, account, atMost);
    }

    /**
     * Starts the account's rollups in its zone. An account without a state row has none of its facts folded (V47 made
     * the facts of older accounts pending; a rebuild sets the state with the pending rows), so starting empty is exact,
     * and so is starting its tag cells' folded sets from its conversations' tags now.
     */
    private static ZoneId start(Statements s, long account) {
        ZoneId zone = settingsZone(s, account);
        TagMarks.start(s, account);
        s.update("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (?, ?)",
                Statements.params(account, zone.getId()));
        return zone;
    }

    private static ZoneId settingsZone(Statements s, long account) {
        return s.first("SELECT time_zone FROM report_settings WHERE account_id = ?", Statements.params(account),
                (rs, ctx) -> ZoneId.of(rs.getString(1))).orElse(ZoneId.of("UTC"));
    }

    /**
     * The accounts with folding to do: pending facts, marked tags, or facts and no rollups (on PostgreSQL a restart
     * leaves no pending row, and a stop may come before its fold).
     */
    static List<Long> accountsWithPending(Statements s) {
        List<Long> accounts = new ArrayList<>();
        s.forEach("SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM report_rollup_pending p"
                + " WHERE p.account_id = a.id) OR EXISTS (SELECT 1 FROM report_tag_marks m WHERE m.account_id = a.id)"
                + " OR (NOT EXISTS (SELECT 1 FROM report_rollup_state r"
                + " WHERE r.account_id = a.id) AND EXISTS (SELECT 1 FROM report_facts f WHERE f.account_id = a.id))"
                + " ORDER BY a.id", List.of(), (rs, ctx) -> rs.getLong(1), accounts::add);
        return accounts;
    }
}
