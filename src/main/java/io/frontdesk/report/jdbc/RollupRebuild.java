package io.frontdesk.report.jdbc;

import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Statements;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportPeriod;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts an account's rollups over in a zone (a change of time zone, after the facts are rebuilt, an operator's
 * request), each database the way that keeps its writers going (docs/reports.md, "Speed: rollups"):
 *
 * <ul>
 *     <li>SQLite, one writer for the whole store: {@link #restart} clears the rollups, sets the zone and marks every
 *     fact pending in one short transaction; {@link RollupFold} works through them 500 at a time, so writes go on
 *     between batches (fact by fact in the process: about 6,600 facts a second measured).</li>
 *     <li>PostgreSQL, where writers never take the rollup lock: {@link #restart} only drops the state row, so reports
 *     count the facts, and the next fold recomputes everything in a dozen set-wise statements ({@link #setWise}), one
 *     transaction that blocks no writer. Fact by fact it was 500 facts a second (round trips): hours at 1M
 *     conversations.</li>
 * </ul>
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    static void restart(Statements s, DbVendor vendor, long account, ZoneId zone) {
        RollupWriter.lock(s, vendor, account);
        if (vendor == DbVendor.POSTGRESQL) {
            s.update("DELETE FROM report_rollup_state WHERE account_id = ?", Statements.params(account));
            return;
        }
        clear(s, account);
        s.update("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (?, ?)",
                Statements.params(account, zone.getId()));
        s.update("INSERT INTO report_rollup_pending (account_id, fact_id) SELECT account_id, id FROM report_facts"
                + " WHERE account_id = ?", Statements.params(account));
    }

    /**
     * Recomputes the account's rollups in {@code zone} set-wise under its rollup lock ({@link #setWise}), in the
     * caller's transaction, on either database. On PostgreSQL it is what the fold after a {@link #restart} does; on
     * SQLite it holds the store's only writer until it commits, so it is for a store no server serves, or for the
     * bench (docs/reports.md, "Rebuilding the rollups at once").
     */
    static void atOnce(Statements s, DbVendor vendor, long account, ZoneId zone) {
        RollupWriter.lock(s, vendor, account);
        setWise(s, account, zone);
    }

    /**
     * What the pieces of a rebuild at once share: the account, the zone, and its facts' local day and hour in it.
     * Each piece fills its own tables (everyone's rollups and keys, or one kind of cells), so they can commit apart.
     */
    record Plan(long account, ZoneId zone, String day, String hour) {
    }

    /**
     * The first piece of {@link #atOnce} in pieces ({@link #piece}, then {@link #finish}): under the account's rollup
     * lock, clears its rollups, state and pending rows; empty when it has no facts, its (empty) rollups then complete.
     * Until {@link #finish} the account has no state row, so its reports count the facts. For SQLite at 1M, where
     * one transaction ran for an hour (docs/reports.md, "Rebuilding the rollups at once"); the caller keeps every
     * other writer out between the pieces, or a fold could start the state over half-built rollups.
     */
    static Optional<Plan> begin(Statements s, DbVendor vendor, long account, ZoneId zone) {
        RollupWriter.lock(s, vendor, account);
        clear(s, account);
        Optional<Plan> plan = plan(s, account, zone);
        if (plan.isEmpty()) {
            finish(s, account, zone);
        }
        return plan;
    }

    /** How many pieces {@link #piece} runs: everyone's, then each kind of cells'. */
    static int pieces() {
        return 1 + CellKind.values().length;
    }

    /** Piece {@code i} of {@link #pieces}. */
    static void piece(Statements s, Plan plan, int i) {
        SetWise set = new SetWise(s, plan.account(), plan.day(), plan.hour());
        if (i == 0) {
            set.everyone();
        } else {
            set.cells(CellKind.values()[i - 1]);
        }
    }

    /** The state row: the rollups are complete, reports read them. */
    static void finish(Statements s, long account, ZoneId zone) {
        s.update("INSERT INTO report_rollup_state (account_id, time_zone) VALUES (?, ?)",
                Statements.params(account, zone.getId()));
    }

    /** The local day and hour of the account's facts in {@code zone}; empty without facts. */
    private static Optional<Plan> plan(Statements s, long account, ZoneId zone) {
        long[] range = s.first("SELECT MIN(at), MAX(at) FROM report_facts WHERE account_id = ?",
                Statements.params(account), (rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).orElseThrow();
        if (range[0] == 0 && range[1] == 0) {
            return Optional.empty();
        }
        FactScope span = FactScope.of(account, new ReportPeriod(Instant.ofEpochMilli(range[0]),
                Instant.ofEpochMilli(range[1] + 1)), ReportFilter.ALL, zone);
        FactCountSql local = new FactCountSql(span);
        return Optional.of(new Plan(account, zone, local.localDay(), local.hour()));
    }

    /**
     * Every rollup row of the account, its cells' of every kind (V52, V57, V59), the tag cells' subjects (V63) and
     * customer pairs (V65), its state and its pending rows; its
     * tag cells' folded sets start over from its conversations' tags now ({@link TagMarks#start}).
     */
    private static void clear(Statements s, long account) {
        List<String> tables = new ArrayList<>(List.of("report_rollups", "report_rollup_keys", "report_customer_keys",
                "report_tag_subjects", "report_tag_customer_keys"));
        for (CellKind kind : CellKind.values()) {
            tables.add(kind.sums);
            tables.add(kind.keys);
        }
        tables.addAll(List.of("report_rollup_state", "report_rollup_pending"));
        for (String table : tables) {
            s.update("DELETE FROM " + table + " WHERE account_id = ?", Statements.params(account));
        }
        TagMarks.start(s, account);
    }

    /**
     * Recomputes the account's rollups in {@code zone} from every fact that is not pending once its pending rows are
     * gone, under the rollup lock the caller holds, giving the rows {@link RollupWriter} would have folded fact by
     * fact. Read committed sees facts commit between the statements; each such fact has its pending row (written in
     * its transaction), so every statement leaves out the same facts, and they are folded afterwards.
     */
    static void setWise(Statements s, long account, ZoneId zone) {
        clear(s, account);
        plan(s, account, zone).ifPresent(plan -> {
            for (int i = 0; i < pieces(); i++) {
                piece(s, plan, i);
            }
        });
        finish(s, account, zone);
    }

    /**
     * The set-wise statements of one rebuild: the account's rows read its settled facts twice (everyone, their user),
     * each kind of cells' (V52, V57, V59) once, each fact in its cells of the kind (a tag cell per tag of its
     * conversation's folded set, which {@link #clear} filled first: every statement sees the same sets, whatever
     * retagging commits meanwhile, whose marks stay for the fold).
     */
    private record SetWise(Statements s, long account, String day, String hour) {

        private static final String SETTLED = " FROM report_facts f WHERE f.account_id = ? AND NOT EXISTS (SELECT 1"
                + " FROM report_rollup_pending p WHERE p.account_id = f.account_id AND p.fact_id = f.id)";

        /** Where an additive statement writes: the account's rollups per user scope, or its cells (V52). */
        private record Target(String table, String columns, String groups, boolean replies, String source,
                              List<Object> params) {
        }

        private Target everyoneTarget() {
            return new Target("report_rollups", "user_id", "x.u", true, scoped(), twice());
        }

        /** Every settled fact in a cell of the kind once, in its cell; one account id to bind. */
        private Target cellTarget(CellKind kind) {
            return new Target(kind.sums, kind.columns, kind.groups, false, kind.source(day, hour, SETTLED),
                    List.of(account));
        }

        private static final String ACT = "x.kind IN ('CREATED', 'CUSTOMER_MESSAGE', 'REPLY', 'CLOSED', 'REOPENED')";
        private static final String WAIT = "CASE WHEN x.at > x.since THEN x.at - x.since ELSE 0 END";

        /** Every settled fact once for everyone (-1) and once for its user; two account ids to bind. */
        private String scoped() {
            return "(SELECT f.*, " + day + " AS d, -1 AS u" + SETTLED + " UNION ALL SELECT f.*, " + day
                    + " AS d, f.user_id AS u" + SETTLED + " AND f.user_id IS NOT NULL) x";
        }

        private List<Object> twice() {
            return List.of(account, account);
        }

        /** Everyone's and each user's rollups and keys. */
        void everyone() {
            additives(everyoneTarget());
            keys("conversations", "x.conversation_id", ACT);
            keys("customers", "x.customer_id", ACT + " AND x.customer_id IS NOT NULL");
            keys("helped", "x.customer_id", "x.kind = 'REPLY' AND x.customer_id IS NOT NULL");
            keys("repliers", "x.user_id", "x.kind = 'REPLY' AND x.user_id IS NOT NULL");
            keys("closed", "x.conversation_id", "x.kind = 'CLOSED'");
            keys("raters", "x.customer_id", "x.kind = 'RATED' AND x.customer_id IS NOT NULL");
            acted();
            // a key counts on the first of its days in a period: each (key, day) under the key's previous day
            s.update("""
                    INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)
                    SELECT account_id, family, user_id, day, prev, COUNT(*), 0, 0 FROM (
                        SELECT account_id, family, user_id, day,
                               COALESCE(LAG(day) OVER (PARTITION BY family, user_id, key_id ORDER BY day), -1) AS prev
                        FROM report_rollup_keys WHERE account_id = ?) k
                    GROUP BY account_id, family, user_id, day, prev""", Statements.params(account));
            customerPairs();
            resolved();
        }

        /**
         * The kind's cells and keys; for the folder cells, then the summed assigned cells from them (V64); for the
         * tag cells, their subject counts (V63) and customer pairs (V65).
         */
        void cells(CellKind kind) {
            additives(cellTarget(kind));
            additive(cellTarget(kind), "'created_h'", "x.h", "0", "x.kind = 'CREATED'");
            cellKeys(kind);
            if (kind == CellKind.FOLDER) {
                FolderCells.sumAssignees(s, account);
            }
            if (kind == CellKind.TAG) {
                TagSubjects.rebuild(s, cellTarget(kind).source(), cellTarget(kind).params());
                TagCustomerKeys.rebuild(s, cellTarget(kind).source(), ACT, cellTarget(kind).params());
            }
        }

        /** The additive measures every target keeps. */
        private void additives(Target to) {
            StringBuilder range10 = new StringBuilder("CASE");
            long[] bounds = RollupCounts.TIME_RANGES;
            for (int i = 0; i < bounds.length; i++) {
                range10.append(" WHEN x.at - x.since < ").append(bounds[i]).append(" THEN ").append(i + 1);
            }
            range10.append(" ELSE ").append(bounds.length + 1).append(" END");
            additive(to, "'activity'", "0", "0", ACT);
            additive(to, "CASE x.kind WHEN 'CREATED' THEN 'created' WHEN 'CUSTOMER_MESSAGE' THEN 'received'"
                    + " ELSE 'replies' END", "0", "0", "x.kind IN ('CREATED', 'CUSTOMER_MESSAGE', 'REPLY')");
            additive(to, "'created_' || x.conversation_type", "0", "0",
                    "x.kind = 'CREATED' AND x.conversation_type IN ('email', 'chat', 'phone')");
            String timed = "x.kind = 'REPLY' AND x.since IS NOT NULL";
            additive(to, "'response'", "0", WAIT, timed);
            additive(to, "'range'", range10.toString(), "0", timed);
            additive(to, "'first'", "0", WAIT, timed + " AND x.first_reply");
            additive(to, "'frange'", range10.toString(), "0", timed + " AND x.first_reply");
            additive(to, "'rated'", "CASE x.rating WHEN 'GREAT' THEN 0 WHEN 'OKAY' THEN 1 ELSE 2 END", "0",
                    "x.kind = 'RATED'");
        }

        private void additive(Target to, String measure, String other, String ms, String where) {
            String groups = to.groups().replace("x.", "y.");
            s.update("INSERT INTO " + to.table() + " (account_id, measure, " + to.columns() + ", day, other_day, n, ms"
                    + (to.replies() ? ", replies" : "") + ") SELECT y.account_id, y.m, " + groups + ", y.d, y.o,"
                    + " COUNT(*), SUM(y.ms)" + (to.replies() ? ", 0" : "") + " FROM (SELECT x.account_id, " + measure
                    + " AS m, " + to.groups() + ", x.d, " + other + " AS o, " + ms + " AS ms FROM " + to.source()
                    + " WHERE " + where + ") y GROUP BY y.account_id, y.m, " + groups + ", y.d, y.o", to.params());
        }

        /** The kind's key rows (each key's days in each cell) and each cell's last close of a day. */
        private void cellKeys(CellKind kind) {
            Target cells = cellTarget(kind);
            String[][] families = {
                    {"conversations", "x.conversation_id", "0", ACT},
                    {"customers", "x.customer_id", "0", ACT + " AND x.customer_id IS NOT NULL"},
                    {"customer_conversations", "x.conversation_id", "x.customer_id",
                            ACT + " AND x.customer_id IS NOT NULL"},
                    {"helped", "x.customer_id", "0", "x.kind = 'REPLY' AND x.customer_id IS NOT NULL"},
                    {"repliers", "x.user_id", "0", "x.kind = 'REPLY' AND x.user_id IS NOT NULL"},
                    {"closed", "x.conversation_id", "0", "x.kind = 'CLOSED'"},
                    {"raters", "x.customer_id", "0", "x.kind = 'RATED' AND x.customer_id IS NOT NULL"}};
            // an owned kind's key rows are each conversation's own (V59)
            String owner = kind.owned() ? ", conversation_id" : "";
            String ownerOf = kind.owned() ? ", x.conversation_id" : "";
            for (String[] f : families) {
                if (kind == CellKind.TAG && f[0].equals("customer_conversations")) {
                    continue; // the tag cells' pairs are kept with their previous day instead (V65)
                }
                List<Object> params = new ArrayList<>();
                params.add(f[0]);
                params.addAll(cells.params());
                s.update("INSERT INTO " + kind.keys + " (account_id, family, " + kind.columns + ", day, key_id,"
                        + " customer_id" + owner + ") SELECT DISTINCT x.account_id, ?, " + kind.groups + ", x.d, "
                        + f[1] + ", " + f[2] + ownerOf + " FROM " + cells.source() + " WHERE " + f[3], params);
            }
            s.update("INSERT INTO " + kind.keys + " (account_id, family, " + kind.columns + ", day, key_id,"
                    + " customer_id" + owner + ", last_at, last_id, ms, replies) SELECT account_id, 'resolved', "
                    + kind.groups.replace("x.", "c.") + ", d, conversation_id, 0" + owner + ", at, id, ms, replies"
                    + " FROM (SELECT"
                    + " x.account_id, " + kind.groups + ", x.d, x.conversation_id, x.at, x.id, " + WAIT + " AS ms,"
                    + " x.replies, ROW_NUMBER() OVER (PARTITION BY " + kind.groups + ", x.conversation_id, x.d"
                    + " ORDER BY x.at DESC, x.id DESC) AS rn FROM " + cells.source()
                    + " WHERE x.kind = 'CLOSED' AND x.replies > 0) c WHERE rn = 1", cells.params());
        }

        private void keys(String family, String key, String where) {
            List<Object> params = new ArrayList<>();
            params.add(family);
            params.addAll(twice());
            s.update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day) SELECT DISTINCT"
                    + " x.account_id, ?, x.u, " + key + ", x.d FROM " + scoped() + " WHERE " + where, params);
        }

        /**
         * Everyone's conversations acted on, per day (V73, {@link RollupWriter#ACTED}): a pass over the settled facts
         * once, not twice as {@link #scoped} reads them, since no user scope keeps them.
         */
        private void acted() {
            s.update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day) SELECT DISTINCT"
                    + " f.account_id, ?, ?, f.conversation_id, " + day + SETTLED + " AND (f.kind IN ('REPLY', 'CLOSED')"
                    + " OR f.kind = 'CREATED' AND f.user_id IS NOT NULL)", Statements.params(RollupWriter.ACTED,
                    RollupWriter.EVERYONE, account));
        }

        /**
         * Each (customer, conversation) pair's days with an activity fact and its previous such day (V62), and their
         * count per (day, previous day) as everyone's {@link RollupWriter#CUSTOMER_CONVERSATIONS}.
         */
        private void customerPairs() {
            s.update("INSERT INTO report_customer_keys (account_id, customer_id, conversation_id, day, prev_day)"
                    + " SELECT p.account_id, p.customer_id, p.conversation_id, p.d, COALESCE(LAG(p.d) OVER (PARTITION"
                    + " BY p.customer_id, p.conversation_id ORDER BY p.d), -1) FROM (SELECT DISTINCT f.account_id,"
                    + " f.customer_id, f.conversation_id, " + day + " AS d" + SETTLED + " AND "
                    + ACT.replace("x.", "f.") + " AND f.customer_id IS NOT NULL) p", List.of(account));
            s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                    + " SELECT ?, ?, ?, day, prev_day, COUNT(*), 0, 0 FROM report_customer_keys WHERE account_id = ?"
                    + " GROUP BY day, prev_day", Statements.params(account, RollupWriter.CUSTOMER_CONVERSATIONS,
                    RollupWriter.EVERYONE, account));
        }

        /** Each (scope, conversation, day)'s last close after a reply, by time then fact id, under its next such day. */
        private void resolved() {
            s.update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day, last_at, last_id, ms,"
                    + " replies) SELECT account_id, 'resolved', u, conversation_id, d, at, id, ms, replies FROM (SELECT"
                    + " x.account_id, x.u, x.conversation_id, x.d, x.at, x.id, " + WAIT + " AS ms, x.replies,"
                    + " ROW_NUMBER() OVER (PARTITION BY x.u, x.conversation_id, x.d ORDER BY x.at DESC, x.id DESC)"
                    + " AS rn FROM " + scoped() + " WHERE x.kind = 'CLOSED' AND x.replies > 0) c WHERE rn = 1",
                    twice());
            String next = "SELECT user_id, day, ms, replies, COALESCE(LEAD(day) OVER (PARTITION BY user_id, key_id"
                    + " ORDER BY day), " + RollupWriter.NO_NEXT + ") AS next FROM report_rollup_keys WHERE account_id"
                    + " = ? AND family = 'resolved'";
            s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                    + " SELECT ?, 'resolved', user_id, day, next, COUNT(*), SUM(ms), SUM(replies) FROM (" + next
                    + ") r GROUP BY user_id, day, next", twice());
            s.update("INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)"
                    + " SELECT ?, m, user_id, day, next, COUNT(*), 0, 0 FROM (SELECT 'resolved_r' ||"
                    + " CAST(CASE WHEN replies >= 10 THEN 10 ELSE replies END AS TEXT) AS m, user_id, day, next FROM ("
                    + next + ") r0) r GROUP BY m, user_id, day, next", twice());
        }
    }
}
