package io.frontdesk.report.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.ChatCounts;
import io.frontdesk.report.ChatTimes;
import io.frontdesk.report.FactTimes;
import io.frontdesk.report.ConversationHistory;
import io.frontdesk.report.DrillRow;
import io.frontdesk.report.DrillSelection;

import io.frontdesk.report.FactCounts;
import io.frontdesk.report.FactGrouping;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.HistoryCountsPage;
import io.frontdesk.report.HistoryQuery;
import io.frontdesk.report.HistoryReply;
import io.frontdesk.report.HistorySort;
import io.frontdesk.report.OfficeHours;
import io.frontdesk.report.RatingLevel;
import io.frontdesk.report.RatingPage;
import io.frontdesk.report.RatingQuery;
import io.frontdesk.report.RecordedConversation;
import io.frontdesk.report.RecordedThread;
import io.frontdesk.report.ReportFact;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportPeriod;
import io.frontdesk.report.ReportSettings;
import io.frontdesk.report.ReportStore;
import io.frontdesk.report.SubjectFact;
import io.frontdesk.report.TopCustomers;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link ReportStore} on SQLite and PostgreSQL alike. The writes run in every conversation write's transaction, so
 * they are plain prepared statements ({@link Statements}). The reads of a new conversation look at the conversation
 * tables as the creating transaction wrote them.
 */
public final class JdbcReportStore implements ReportStore {

    private static final String INSERT_FACT = """
            INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id, conversation_type,
                                      customer_id, user_id, thread_id, at, since, replies, first_reply, rating, comments,
                                      status, assignee_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";

    // SQLite may give a deleted fact's id again (no AUTOINCREMENT); its row then means the new fact
    static final String MARK_PENDING = """
            INSERT INTO report_rollup_pending (account_id, fact_id) VALUES (?, ?) ON CONFLICT DO NOTHING""";

    /**
     * Pending facts above which a report counts the facts instead of folding them first (a rebuild or an upgrade in
     * progress): a report never waits on a long fold.
     */
    public static final int RAW_ABOVE = 5_000;

    /** Facts per fold transaction when a report folds before reading. */
    private static final int READ_FOLD = 500;

    private static final String SAVE_HISTORY = """
            INSERT INTO report_conversations (conversation_id, account_id, number, customer_id, created_at,
                                              by_customer, status, replies, awaiting_since, last_reply_thread,
                                              last_reply_user, last_reply_at, assignee_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (conversation_id) DO UPDATE SET status = EXCLUDED.status, replies = EXCLUDED.replies,
                awaiting_since = EXCLUDED.awaiting_since, last_reply_thread = EXCLUDED.last_reply_thread,
                last_reply_user = EXCLUDED.last_reply_user, last_reply_at = EXCLUDED.last_reply_at,
                assignee_id = EXCLUDED.assignee_id""";

    static final String THREAD_COLUMNS = "id, type, created_by_type, created_by_id, created_at, imported";

    static final RowMapper<ReportFact> FACT = (rs, ctx) -> new ReportFact(
            FactKind.valueOf(rs.getString("kind")), rs.getLong("conversation_id"), rs.getLong("number"),
            rs.getLong("mailbox_id"), rs.getString("conversation_type"), Rows.nullableLong(rs, "customer_id"),
            Rows.nullableLong(rs, "user_id"), Rows.nullableLong(rs, "thread_id"), Rows.instant(rs, "at"),
            Rows.nullableInstant(rs, "since"), Rows.nullableLong(rs, "replies") == null ? null : rs.getInt("replies"),
            rs.getBoolean("first_reply"),
            rs.getString("rating") == null ? null : RatingLevel.valueOf(rs.getString("rating")),
            rs.getString("comments"), rs.getString("status"), Rows.nullableLong(rs, "assignee_id"));

    private static final RowMapper<ConversationHistory> HISTORY = (rs, ctx) -> new ConversationHistory(
            rs.getLong("conversation_id"), rs.getLong("account_id"), rs.getLong("number"),
            Rows.nullableLong(rs, "customer_id"), Rows.instant(rs, "created_at"), rs.getBoolean("by_customer"),
            rs.getString("status"), rs.getInt("replies"), Rows.nullableInstant(rs, "awaiting_since"),
            Rows.nullableLong(rs, "last_reply_thread"), Rows.nullableLong(rs, "last_reply_user"),
            Rows.nullableInstant(rs, "last_reply_at"), Rows.nullableLong(rs, "assignee_id"));

    static final RowMapper<RecordedThread> THREAD = (rs, ctx) -> {
        String type = rs.getString("type");
        boolean byUser = "user".equals(rs.getString("created_by_type"));
        // customer, chat and phone threads are the customer's side, as their events say (THREAD_CUSTOMER_CREATED)
        return new RecordedThread(rs.getLong("id"), !type.equals("reply") && !type.equals("note"),
                type.equals("reply"), Rows.instant(rs, "created_at"),
                byUser ? Rows.nullableLong(rs, "created_by_id") : null, rs.getBoolean("imported"));
    };

    private final Database db;
    private final ReportSubjectQueries subjects;
    private final boolean readRollups;

    public JdbcReportStore(Database db) {
        this(db, true);
    }

    /**
     * @param readRollups false: always count the facts, the oracle the rollups are tested against (they are folded
     *                    either way)
     */
    public JdbcReportStore(Database db, boolean readRollups) {
        this(db, readRollups, ReportSubjectQueries.MANY_TAGGED);
    }

    /**
     * @param manyTagged from how many conversations of a {@code tags=} filter SQLite reads a long period's lists in
     *                   subject order (ReportSubjectQueries): the tests lower it to read both ways on small data
     */
    public JdbcReportStore(Database db, boolean readRollups, long manyTagged) {
        this.db = db;
        this.subjects = new ReportSubjectQueries(db, manyTagged);
        this.readRollups = readRollups;
    }

    @Override
    public Optional<ReportSettings> settings(long accountId) {
        return db.withStatements(s -> s.first("SELECT time_zone, office_hours FROM report_settings WHERE account_id = ?",
                Statements.params(accountId), (rs, ctx) -> new ReportSettings(ZoneId.of(rs.getString("time_zone")),
                        OfficeHours.parse(rs.getString("office_hours"), "officeHours"))));
    }

    @Override
    public void saveSettings(long accountId, ReportSettings settings) {
        db.withStatements(s -> {
            // rollups are cut in local days: a new zone starts them over, folded afterwards by the fold job
            if (RollupWriter.zone(s, accountId).filter(z -> !z.equals(settings.zone())).isPresent()) {
                RollupRebuild.restart(s, db.vendor(), accountId, settings.zone());
            }
            return s.update("""
                            INSERT INTO report_settings (account_id, time_zone, office_hours) VALUES (?, ?, ?)
                            ON CONFLICT (account_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,
                                office_hours = EXCLUDED.office_hours""",
                    Statements.params(accountId, settings.zone().getId(), settings.officeHours().text()));
        });
    }

    @Override
    public Optional<ConversationHistory> history(long conversationId) {
        return db.withStatements(s -> s.first("SELECT * FROM report_conversations WHERE conversation_id = ?",
                Statements.params(conversationId), HISTORY));
    }

    @Override
    public void saveHistory(ConversationHistory h) {
        db.withStatements(s -> s.update(SAVE_HISTORY, Statements.params(h.conversationId(), h.accountId(), h.number(),
                h.customerId(), h.createdAt().toEpochMilli(), h.byCustomer(), h.status(), h.replies(),
                Rows.millis(h.awaitingSince()), h.lastReplyThread(), h.lastReplyUser(),
                Rows.millis(h.lastReplyAt()), h.assigneeId())));
    }

    @Override
    public Optional<RecordedConversation> conversation(long accountId, long conversationId) {
        return db.withStatements(s -> {
            List<RecordedThread> threads = new ArrayList<>();
            s.forEach("SELECT " + THREAD_COLUMNS + " FROM threads WHERE conversation_id = ? AND state = 'published'"
                    + " ORDER BY created_at, id", Statements.params(conversationId), THREAD, threads::add);
            return s.first(CONVERSATION, Statements.params(conversationId, accountId), recorded(threads));
        });
    }

    static final String CONVERSATION = """
            SELECT id, account_id, number, customer_id, status, created_at, closed_at, closed_by_id, assignee_id
            FROM conversations WHERE id = ? AND account_id = ?""";

    /** Maps a {@link #CONVERSATION} row with its published threads, oldest first. */
    static RowMapper<RecordedConversation> recorded(List<RecordedThread> threads) {
        return (rs, ctx) -> new RecordedConversation(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("number"),
                rs.getLong("customer_id"), rs.getString("status"), Rows.instant(rs, "created_at"),
                Rows.nullableInstant(rs, "closed_at"), Rows.nullableLong(rs, "closed_by_id"),
                Rows.nullableLong(rs, "assignee_id"), List.copyOf(threads));
    }

    @Override
    public Optional<RecordedThread> thread(long threadId) {
        return db.withStatements(s -> s.first("SELECT " + THREAD_COLUMNS + " FROM threads WHERE id = ?",
                Statements.params(threadId), THREAD));
    }

    @Override
    public void insert(long accountId, ReportFact f) {
        db.withStatements(s -> s.update(MARK_PENDING, Statements.params(accountId, s.returningLong(INSERT_FACT,
                Statements.params(accountId, f.kind().name(), f.conversationId(), f.number(), f.mailboxId(),
                        f.conversationType(), f.customerId(), f.userId(), f.threadId(), f.at().toEpochMilli(),
                        Rows.millis(f.since()), f.replies(), f.firstReply(),
                        f.rating() == null ? null : f.rating().name(), f.comments(), f.status(),
                        f.assigneeId())))));
    }

    @Override
    public void restartRollups(long accountId) {
        ZoneId zone = zone(accountId);
        db.withStatements(s -> {
            RollupRebuild.restart(s, db.vendor(), accountId, zone);
            return null;
        });
    }

    /**
     * PostgreSQL: one transaction, which blocks no writer. SQLite: a transaction per piece
     * ({@link RollupRebuild#begin}), this process's write lock held from the first to the last so that nothing writes
     * in between, and the write-ahead log emptied after each: at 1M conversations one transaction ran for an hour,
     * its log reached 4.7 GB, and it ended with SQLITE_BUSY (docs/reports.md, "Rebuilding the rollups at once"). A
     * piece that fails leaves the rollups started over for the batched fold, so they are never left half-built as if
     * complete. Inside a caller's transaction the pieces join it.
     */
    @Override
    public void rebuildRollupsAtOnce(long accountId) {
        ZoneId zone = zone(accountId);
        if (db.vendor() == DbVendor.POSTGRESQL) {
            db.run(() -> db.withStatements(s -> {
                RollupRebuild.atOnce(s, db.vendor(), accountId, zone);
                return null;
            }));
            return;
        }
        db.exclusively(() -> {
            Optional<RollupRebuild.Plan> plan = db.inTransaction(() -> db.withStatements(s ->
                    RollupRebuild.begin(s, db.vendor(), accountId, zone)));
            if (plan.isEmpty()) {
                return null;
            }
            try {
                for (int i = 0; i < RollupRebuild.pieces(); i++) {
                    int piece = i;
                    db.run(() -> db.withStatements(s -> {
                        RollupRebuild.piece(s, plan.get(), piece);
                        return null;
                    }));
                    db.checkpoint();
                }
                db.run(() -> db.withStatements(s -> {
                    RollupRebuild.finish(s, accountId, zone);
                    return null;
                }));
            } catch (RuntimeException e) {
                try {
                    db.run(() -> restartRollups(accountId));
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            return null;
        });
    }

    /** The zone the account's rollups are kept in: its settings', or the default's. */
    private ZoneId zone(long accountId) {
        return settings(accountId).map(ReportSettings::zone).orElse(ReportSettings.DEFAULT.zone());
    }

    @Override
    public int foldRollups(long accountId, int limit) {
        return db.withStatements(s -> RollupFold.fold(s, db.vendor(), accountId, limit));
    }

    @Override
    public List<Long> accountsWithPendingFacts() {
        return db.withStatements(RollupFold::accountsWithPending);
    }

    @Override
    public List<ReportFact> facts(long accountId, Set<FactKind> kinds, Instant from, Instant to,
                                  ReportFilter filter) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM report_facts f WHERE f.account_id = ? AND f.kind IN (")
                .append(Statements.placeholders(kinds.size())).append(") AND f.at >= ? AND f.at < ?");
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        kinds.stream().map(FactKind::name).sorted().forEach(params::add);
        params.add(from.toEpochMilli());
        params.add(to.toEpochMilli());
        FilterSql.append(sql, params, filter);
        sql.append(" ORDER BY f.at, f.id");
        List<ReportFact> facts = new ArrayList<>();
        db.withAnalysis(s -> {
            s.forEach(sql.toString(), params, FACT, facts::add);
            return null;
        });
        return facts;
    }

    @Override
    public RatingPage ratings(RatingQuery query, long offset, int limit) {
        return db.withAnalysis(s -> RatingPageSql.read(s, query, offset, limit));
    }

    @Override
    public Map<Long, FactCounts> counts(FactScope scope, FactGrouping grouping) {
        Optional<Map<Long, FactCounts>> rolled = grouping.kind() == FactGrouping.Kind.USER
                ? fromRollups(scope, r -> r.counts(grouping))
                : fromRollups(scope, r -> r.counts(grouping)).or(() -> fromCells(scope, c -> c.counts(grouping)));
        return rolled.orElseGet(() -> countFacts(scope, grouping));
    }

    /** What the filter's cells answer for this scope, if reading rollups is on and they answer it (ScopedCounts). */
    private <T> Optional<T> fromCells(FactScope scope, Function<ScopedCounts, T> read) {
        if (!readRollups || !ScopedCounts.kept(scope) || !caughtUp(scope.accountId())) {
            return Optional.empty();
        }
        return db.withAnalysis(s -> ScopedCounts.of(s, scope, db.vendor() == DbVendor.POSTGRESQL).map(read));
    }

    /** What the rollups answer for this scope, if reading them is on and they answer it exactly (RollupCounts). */
    private <T> Optional<T> fromRollups(FactScope scope, Function<RollupCounts, T> read) {
        if (!readRollups || !RollupCounts.kept(scope) || !caughtUp(scope.accountId())) {
            return Optional.empty();
        }
        return db.withAnalysis(s -> RollupCounts.of(s, scope).map(read));
    }

    /**
     * Folds the account's pending facts before its rollups are read (normally a handful: the fold job runs a moment
     * behind the writes), so they hold every fact committed before the last fold began. False when more than
     * {@link #RAW_ABOVE} are pending, or writers keep adding them faster than this folds: the facts are counted.
     */
    private boolean caughtUp(long accountId) {
        if (db.vendor() == DbVendor.POSTGRESQL && db.withStatements(s -> RollupWriter.zone(s, accountId)).isEmpty()) {
            return false; // started over: the fold job recomputes them whole (RollupRebuild), never a report
        }
        long pending = db.withStatements(s -> RollupFold.pending(s, accountId, RAW_ABOVE + 1));
        if (pending == 0 || pending > RAW_ABOVE) {
            return pending == 0;
        }
        for (int folds = 0; folds <= RAW_ABOVE / READ_FOLD; folds++) {
            if (db.inTransaction(() -> foldRollups(accountId, READ_FOLD)) < READ_FOLD) {
                return true;
            }
        }
        return false;
    }

    private Map<Long, FactCounts> countFacts(FactScope scope, FactGrouping grouping) {
        FactCountSql q = new FactCountSql(scope);
        String sql = db.vendor() == DbVendor.POSTGRESQL ? preGrouped(q, grouping) : onePass(q, grouping);
        Map<Long, FactCounts> counts = new HashMap<>();
        db.withAnalysis(s -> {
            s.forEach(sql, q.params, (rs, ctx) -> {
                int[] byWeekday = new int[8];
                for (int day = 1; day <= 7; day++) {
                    byWeekday[day] = rs.getInt("wd" + day);
                }
                Long key = Rows.nullableLong(rs, "k");
                return Map.entry(key == null ? Long.MIN_VALUE : key, new FactCounts(rs.getInt("conversations"),
                        rs.getInt("customers"), rs.getInt("created"), rs.getInt("ce"), rs.getInt("cc"),
                        rs.getInt("cp"), rs.getInt("received"), rs.getInt("replies"), rs.getInt("repliers"),
                        rs.getInt("helped"), rs.getLong("response_ms"), rs.getInt("response_n"),
                        rs.getLong("first_ms"), rs.getInt("first_n"), rs.getInt("closed"), rs.getInt("great"),
                        rs.getInt("okay"), rs.getInt("not_good"), rs.getInt("raters"), byWeekday, 0, 0, 0, 0,
                        new int[11]));
            }, e -> counts.put(e.getKey(), e.getValue()));
            resolved(s, q, grouping, counts);
            return null;
        });
        counts.remove(Long.MIN_VALUE); // USER: facts without a user
        return counts;
    }

    /**
     * The figures that add up over any rows of the scope's facts, each {@code , SUM(...) AS name}: both ways of
     * counting ({@link #preGrouped}, {@link #onePass}) sum them over the facts, and the mapper reads them by name.
     */
    private static String additiveSums(FactCountSql q) {
        String act = FactCountSql.ACTIVITY;
        String wait = "CASE WHEN f.at > f.since THEN f.at - f.since ELSE 0 END";
        String timed = "f.kind = 'REPLY' AND f.since IS NOT NULL";
        StringBuilder sql = new StringBuilder()
                .append(", SUM(CASE WHEN f.kind = 'CREATED' THEN 1 ELSE 0 END) AS created")
                .append(", SUM(CASE WHEN f.kind = 'CREATED' AND f.conversation_type = 'email' THEN 1 ELSE 0 END) AS ce")
                .append(", SUM(CASE WHEN f.kind = 'CREATED' AND f.conversation_type = 'chat' THEN 1 ELSE 0 END) AS cc")
                .append(", SUM(CASE WHEN f.kind = 'CREATED' AND f.conversation_type = 'phone' THEN 1 ELSE 0 END) AS cp")
                .append(", SUM(CASE WHEN f.kind = 'CUSTOMER_MESSAGE' THEN 1 ELSE 0 END) AS received")
                .append(", SUM(CASE WHEN f.kind = 'REPLY' THEN 1 ELSE 0 END) AS replies")
                .append(", SUM(CASE WHEN ").append(timed).append(" THEN ").append(wait).append(" ELSE 0 END) AS response_ms")
                .append(", SUM(CASE WHEN ").append(timed).append(" THEN 1 ELSE 0 END) AS response_n")
                .append(", SUM(CASE WHEN ").append(timed).append(" AND f.first_reply THEN ").append(wait)
                .append(" ELSE 0 END) AS first_ms")
                .append(", SUM(CASE WHEN ").append(timed).append(" AND f.first_reply THEN 1 ELSE 0 END) AS first_n")
                .append(", SUM(CASE WHEN f.kind = 'RATED' AND f.rating = 'GREAT' THEN 1 ELSE 0 END) AS great")
                .append(", SUM(CASE WHEN f.kind = 'RATED' AND f.rating = 'OKAY' THEN 1 ELSE 0 END) AS okay")
                .append(", SUM(CASE WHEN f.kind = 'RATED' AND f.rating = 'NOT_GOOD' THEN 1 ELSE 0 END) AS not_good");
        String weekday = q.weekday();
        for (int day = 1; day <= 7; day++) {
            sql.append(", SUM(CASE WHEN ").append(act).append(" AND ").append(weekday).append(" = ").append(day)
                    .append(" THEN 1 ELSE 0 END) AS wd").append(day);
        }
        return sql.toString();
    }

    /**
     * PostgreSQL: the scope's facts counted in two steps, first per group, conversation, customer and user (additive
     * figures summed, and whether the group had activity, a reply, a close or a rating there), then per group,
     * summing and counting distinct keys over those rows. Counting distinct keys straight over the facts made
     * PostgreSQL sort every fact once per distinct figure (six sorts, spilled to disk at a year); the rows of the
     * first step are a few per conversation (a filtered year at 200k conversations: 1.6 s down to 0.85 s). SQLite
     * keeps a distinct set per figure as it reads, and the extra grouping made it slower (0.9 s against 0.56 s at
     * best): {@link #onePass}.
     */
    private static String preGrouped(FactCountSql q, FactGrouping grouping) {
        String act = FactCountSql.ACTIVITY;
        boolean grouped = grouping.kind() != FactGrouping.Kind.NONE;
        StringBuilder inner = new StringBuilder("SELECT ").append(grouped ? q.key(grouping) : "0").append(" AS k,")
                .append(" f.conversation_id AS c, f.customer_id AS cu, f.user_id AS u,")
                .append(" MAX(CASE WHEN ").append(act).append(" THEN 1 ELSE 0 END) AS act,")
                .append(" MAX(CASE WHEN f.kind = 'REPLY' THEN 1 ELSE 0 END) AS rep,")
                .append(" MAX(CASE WHEN f.kind = 'CLOSED' THEN 1 ELSE 0 END) AS cl,")
                .append(" MAX(CASE WHEN f.kind = 'RATED' THEN 1 ELSE 0 END) AS rat")
                .append(additiveSums(q));
        // a bare number in GROUP BY is a column position: the ungrouped count keys nothing
        inner.append(" FROM report_facts f WHERE ").append(q.where).append(" GROUP BY ")
                .append(grouped ? q.key(grouping) + ", " : "").append("f.conversation_id, f.customer_id, f.user_id");
        StringBuilder sql = new StringBuilder("SELECT ").append(grouped ? "g.k" : "0").append(" AS k,")
                .append(" COUNT(DISTINCT CASE WHEN g.act = 1 THEN g.c END) AS conversations,")
                .append(" COUNT(DISTINCT CASE WHEN g.act = 1 THEN g.cu END) AS customers,")
                .append(" COUNT(DISTINCT CASE WHEN g.rep = 1 THEN g.u END) AS repliers,")
                .append(" COUNT(DISTINCT CASE WHEN g.rep = 1 THEN g.cu END) AS helped,")
                .append(" COUNT(DISTINCT CASE WHEN g.cl = 1 THEN g.c END) AS closed,")
                .append(" COUNT(DISTINCT CASE WHEN g.rat = 1 THEN g.cu END) AS raters");
        for (String sum : List.of("created", "ce", "cc", "cp", "received", "replies", "response_ms", "response_n",
                "first_ms", "first_n", "great", "okay", "not_good", "wd1", "wd2", "wd3", "wd4", "wd5", "wd6", "wd7")) {
            sql.append(", SUM(g.").append(sum).append(") AS ").append(sum);
        }
        sql.append(" FROM (").append(inner).append(") g");
        if (grouped) {
            sql.append(" GROUP BY g.k");
        }
        return sql.toString();
    }

    /** SQLite: the scope's facts counted in one pass, a distinct set per distinct figure. */
    private static String onePass(FactCountSql q, FactGrouping grouping) {
        String act = FactCountSql.ACTIVITY;
        StringBuilder sql = new StringBuilder("SELECT ").append(q.key(grouping)).append(" AS k,")
                .append(" COUNT(DISTINCT CASE WHEN ").append(act).append(" THEN f.conversation_id END) AS conversations,")
                .append(" COUNT(DISTINCT CASE WHEN ").append(act).append(" THEN f.customer_id END) AS customers,")
                .append(" COUNT(DISTINCT CASE WHEN f.kind = 'REPLY' THEN f.user_id END) AS repliers,")
                .append(" COUNT(DISTINCT CASE WHEN f.kind = 'REPLY' THEN f.customer_id END) AS helped,")
                .append(" COUNT(DISTINCT CASE WHEN f.kind = 'CLOSED' THEN f.conversation_id END) AS closed,")
                .append(" COUNT(DISTINCT CASE WHEN f.kind = 'RATED' THEN f.customer_id END) AS raters")
                .append(additiveSums(q));
        sql.append(" FROM report_facts f WHERE ").append(q.where);
        if (grouping.kind() != FactGrouping.Kind.NONE) {
            sql.append(" GROUP BY ").append(q.key(grouping));
        }
        return sql.toString();
    }

    /**
     * Adds to each group its resolved conversations: the last close after a reply of each conversation in the group
     * (the latest by time, then by id, as the facts are ordered).
     */
    private static void resolved(Statements s, FactCountSql q, FactGrouping grouping, Map<Long, FactCounts> counts) {
        boolean grouped = grouping.kind() != FactGrouping.Kind.NONE;
        StringBuilder sql = new StringBuilder("SELECT ").append(grouped ? "k" : "0 AS k").append(", COUNT(*) AS n,")
                .append(" SUM(CASE WHEN at > since THEN at - since ELSE 0 END) AS ms, SUM(replies) AS replies,")
                .append(" SUM(CASE WHEN replies = 1 THEN 1 ELSE 0 END) AS one");
        for (int r = 1; r <= 10; r++) {
            sql.append(", SUM(CASE WHEN ").append(r == 10 ? "replies >= 10" : "replies = " + r)
                    .append(" THEN 1 ELSE 0 END) AS r").append(r);
        }
        sql.append(" FROM (").append(q.resolvingCloses(grouping)).append(") c WHERE rn = 1")
                .append(grouped ? " GROUP BY k" : "");
        s.forEach(sql.toString(), q.params, (rs, ctx) -> {
            int[] byReplies = new int[11];
            for (int r = 1; r <= 10; r++) {
                byReplies[r] = rs.getInt("r" + r);
            }
            Long key = Rows.nullableLong(rs, "k");
            long k = key == null ? Long.MIN_VALUE : key;
            FactCounts c = counts.getOrDefault(k, FactCounts.NONE);
            counts.put(k, c.withResolved(rs.getInt("n"), rs.getLong("ms"), rs.getLong("replies"), rs.getInt("one"),
                    byReplies));
            return null;
        }, ignored -> {
        });
    }

    @Override
    public void durations(FactScope scope, FactGrouping grouping, FactTimes times) {
        db.withAnalysis(s -> {
            DurationSql.read(s, new FactCountSql(scope), grouping, times);
            return null;
        });
    }

    @Override
    public int[][] createdSlots(FactScope scope) {
        Optional<int[][]> rolled = fromCells(scope, ScopedCounts::createdSlots);
        if (rolled.isPresent()) {
            return rolled.get();
        }
        FactCountSql q = new FactCountSql(scope);
        int[][] slots = new int[8][24];
        db.withAnalysis(s -> {
            s.forEach("SELECT " + q.weekday() + " AS wd, " + q.hour() + " AS h, COUNT(*) AS n FROM report_facts f"
                    + " WHERE " + q.where + " AND f.kind = 'CREATED' GROUP BY " + q.weekday() + ", " + q.hour(),
                    q.params, (rs, ctx) -> {
                        slots[rs.getInt("wd")][rs.getInt("h")] = rs.getInt("n");
                        return null;
                    }, ignored -> {
                    });
            return null;
        });
        return slots;
    }

    @Override
    public TopCustomers topCustomers(FactScope scope, int limit) {
        // no filter: the customer keys (V62); over every cell V51's partial index of the facts was faster than the
        // cells' key rows (at 1M conversations on PostgreSQL 1.2 to 1.6 s against 1.8 s, sorting on disk)
        Optional<TopCustomers> rolled = scope.filter().equals(ReportFilter.ALL)
                ? fromRollups(scope, r -> r.topCustomers(limit)).flatMap(t -> t)
                : fromCells(scope, c -> c.topCustomers(limit));
        return rolled.orElseGet(() -> db.withAnalysis(s -> {
            List<Object> params = new ArrayList<>();
            return TopCustomersSql.read(s, perCustomer(s, scope, Set.of(), params), params, limit);
        }));
    }

    @Override
    public Map<Long, Integer> customerConversations(FactScope scope, Set<Long> customers) {
        // no filter: V62's customer keys (customer first). A filter on PostgreSQL: a few customers' facts through
        // V51's index (customer first): no cell index has the customer first, so the cells read every
        // customer_conversations key row of the period (1M conversations, a year, ten customers: 2.1-2.3 s from the
        // cells against 0.3-1.2 s from the facts at load 7). One tag: its cell's pairs (V65), whose primary key has the
        // customer right after the tag, on both databases
        boolean unfiltered = scope.filter().equals(ReportFilter.ALL);
        boolean tag = CellKind.answering(scope).filter(k -> k == CellKind.TAG).isPresent();
        boolean cells = !unfiltered && (tag || db.vendor() != DbVendor.POSTGRESQL);
        Optional<Map<Long, Integer>> rolled = unfiltered
                ? fromRollups(scope, r -> r.customerConversations(customers)).flatMap(m -> m)
                : !cells ? Optional.empty() : fromCells(scope, c -> c.customerConversations(customers));
        return rolled.orElseGet(() -> db.withAnalysis(s -> {
            List<Object> params = new ArrayList<>();
            return TopCustomersSql.counts(s, perCustomer(s, scope, customers, params), params);
        }));
    }

    /**
     * Each customer's distinct conversations with activity in the scope's facts ({@code customer_id, n}): of
     * {@code only}, or of all when it is empty; appends the parameters.
     */
    private String perCustomer(Statements s, FactScope scope, Set<Long> only, List<Object> params) {
        // read through report_facts_account_customer (V51) when the period holds most of the facts. A filter's
        // columns are not in that index, and SQLite (3.54) would still read a filtered period through it, fetching
        // each fact's row in customer order (2.2 s against 1.5 s by time at 200k conversations): there the condition
        // is spelled so that the partial index does not apply, unless a few customers are asked for
        boolean sqlite = db.vendor() == DbVendor.SQLITE;
        boolean unfiltered = scope.filter().equals(ReportFilter.ALL);
        FactCountSql q = new FactCountSql(scope, sqlite && unfiltered && only.isEmpty() ? likely(s, scope) : null);
        params.addAll(q.params);
        String known = sqlite && !unfiltered && only.isEmpty() ? "f.customer_id + 0 IS NOT NULL"
                : "f.customer_id IS NOT NULL";
        StringBuilder where = new StringBuilder(q.where).append(" AND ").append(FactCountSql.ACTIVITY)
                .append(" AND ").append(known);
        if (!only.isEmpty()) {
            where.append(" AND f.customer_id IN (").append(Statements.placeholders(only.size())).append(')');
            only.stream().sorted().forEach(params::add);
        }
        if (sqlite) {
            return "SELECT f.customer_id, COUNT(DISTINCT f.conversation_id) AS n FROM report_facts f WHERE " + where
                    + " GROUP BY f.customer_id";
        }
        // PostgreSQL: the distinct (customer, conversation) pairs first, then counted per customer. COUNT(DISTINCT)
        // sorts each customer's conversations again although V51's index hands them over in that order; a grouping
        // on both columns streams over them (a year at 1M: 1.7 s against 1.2 s for that step, at load 9)
        return "SELECT p.customer_id, COUNT(*) AS n FROM (SELECT f.customer_id, f.conversation_id FROM report_facts f"
                + " WHERE " + where + " GROUP BY f.customer_id, f.conversation_id) p GROUP BY p.customer_id";
    }

    /** The shares of the account's facts in the scope's period, for SQLite's planner (FactCountSql.Likely). */
    static FactCountSql.Likely likely(Statements s, FactScope scope) {
        return s.first("SELECT (SELECT MIN(at) FROM report_facts WHERE account_id = ?) AS first,"
                        + " (SELECT MAX(at) FROM report_facts WHERE account_id = ?) AS last",
                Statements.params(scope.accountId(), scope.accountId()),
                (rs, ctx) -> FactCountSql.Likely.of(scope, rs.getLong("first"), rs.getLong("last"))).orElseThrow();
    }

    @Override
    public int[] responseRanges(FactScope scope, boolean first, long[] upperBoundsMillis) {
        if (Arrays.equals(upperBoundsMillis, RollupCounts.TIME_RANGES)) {
            Optional<int[]> rolled = fromRollups(scope, r -> r.responseRanges(first))
                    .or(() -> fromCells(scope, c -> c.responseRanges(first)));
            if (rolled.isPresent()) {
                return rolled.get();
            }
        }
        FactCountSql q = new FactCountSql(scope);
        StringBuilder range = new StringBuilder("CASE");
        for (int i = 0; i < upperBoundsMillis.length; i++) {
            range.append(" WHEN f.at - f.since < ").append(upperBoundsMillis[i]).append(" THEN ").append(i + 1);
        }
        range.append(" ELSE ").append(upperBoundsMillis.length + 1).append(" END");
        int[] counts = new int[upperBoundsMillis.length + 2];
        db.withAnalysis(s -> {
            s.forEach("SELECT " + range + " AS r, COUNT(*) AS n FROM report_facts f WHERE " + q.where
                    + " AND f.kind = 'REPLY' AND f.since IS NOT NULL" + (first ? " AND f.first_reply" : "")
                    + " GROUP BY " + range, q.params, (rs, ctx) -> {
                        counts[rs.getInt("r")] = rs.getInt("n");
                        return null;
                    }, ignored -> {
                    });
            return null;
        });
        return counts;
    }

    @Override
    public Map<Long, String> customerNames(Set<Long> ids) {
        // a customer known only by an address is named by it, as Help Scout shows one
        return names("SELECT c.id, c.first_name, c.last_name, (SELECT MIN(e.value) FROM customer_entries e"
                + " WHERE e.customer_id = c.id AND e.kind = 'email') AS email FROM customers c WHERE c.id IN (",
                List.of(), ids);
    }

    @Override
    public Map<Long, String> userNames(long accountId, Set<Long> ids) {
        return names("SELECT id, first_name, last_name, email FROM users WHERE account_id = ? AND id IN (",
                List.of(accountId), ids);
    }

    private Map<Long, String> names(String select, List<Object> first, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object> params = new ArrayList<>(first);
        params.addAll(ids);
        db.withStatements(s -> {
            s.forEach(select + Statements.placeholders(ids.size()) + ")", params, (rs, ctx) -> {
                String name = (nullToEmpty(rs.getString("first_name")) + " " + nullToEmpty(rs.getString("last_name")))
                        .trim();
                if (name.isEmpty()) {
                    name = nullToEmpty(rs.getString("email"));
                }
                return Map.entry(rs.getLong("id"), name);
            }, e -> names.put(e.getKey(), e.getValue()));
            return null;
        });
        return names;
    }

    @Override
    public List<DrillRow> conversationRows(long accountId, List<Long> ids) {
        return subjects.conversationRows(accountId, ids);
    }

    @Override
    public void insert(long accountId, SubjectFact fact) {
        subjects.insert(accountId, fact);
    }

    @Override
    public List<SubjectFact> subjectFacts(long accountId, FactKind kind, Instant from, Instant to,
                                          ReportFilter filter) {
        return subjects.subjectFacts(accountId, kind, from, to, filter);
    }

    @Override
    public Map<Long, Integer> subjectCounts(long accountId, FactKind kind, Instant from, Instant to,
                                           ReportFilter filter, boolean conversations) {
        return tagCellSubjects(accountId, kind, new ReportPeriod(from, to), filter, conversations)
                .orElseGet(() -> subjects.subjectCounts(accountId, kind, from, to, filter, conversations));
    }

    /**
     * A list's counts from the tag cell's subject rows (V63, {@link TagSubjects}) when the filter is one tag and
     * nothing else and the period is whole local days of the zone the rollups are kept in, as the tag cells answer the
     * figures ({@link CellKind#answering}); else empty, and the facts are counted.
     */
    private Optional<Map<Long, Integer>> tagCellSubjects(long accountId, FactKind kind, ReportPeriod period,
                                                         ReportFilter filter, boolean conversations) {
        boolean oneTag = CellKind.answering(FactScope.of(accountId, period, filter, ZoneOffset.UTC))
                .filter(CellKind.TAG::equals).isPresent();
        if (!readRollups || !oneTag || !caughtUp(accountId)) {
            return Optional.empty();
        }
        return db.withAnalysis(s -> RollupWriter.zone(s, accountId)
                .flatMap(zone -> RollupCounts.days(s, FactScope.of(accountId, period, filter, zone)))
                .map(days -> TagSubjects.counts(s, accountId, filter.tags().iterator().next(), kind, days[0],
                        days[1], conversations)));
    }

    @Override
    public Set<Long> tagsNow(long conversationId) {
        return subjects.tagsNow(conversationId);
    }

    @Override
    public Set<Long> tagsSeen(long conversationId) {
        return subjects.tagsSeen(conversationId);
    }

    @Override
    public void saveTagsSeen(long conversationId, long accountId, Set<Long> tags) {
        subjects.saveTagsSeen(conversationId, accountId, tags);
    }

    @Override
    public Optional<Long> savedReplyOf(long threadId) {
        return subjects.savedReplyOf(threadId);
    }

    @Override
    public Map<Long, String> tagNames(long accountId, Set<Long> ids) {
        return subjects.tagNames(accountId, ids);
    }

    @Override
    public Map<Long, SavedReplyName> savedReplyNames(long accountId, Set<Long> ids) {
        return subjects.savedReplyNames(accountId, ids);
    }

    @Override
    public Map<Long, String> workflowNames(long accountId, Set<Long> ids) {
        return subjects.workflowNames(accountId, ids);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- the chat report (docs/reports.md, "The chat report in the database")

    @Override
    public ChatCounts chatCounts(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users) {
        return db.withAnalysis(s -> new ChatSql(accountId, from, to, filter, users, db.vendor() == DbVendor.SQLITE)
                .counts(s));
    }

    @Override
    public void chatTimes(long accountId, Instant from, Instant to, ReportFilter filter, Set<Long> users,
                          ChatTimes times) {
        db.withAnalysis(s -> {
            new ChatSql(accountId, from, to, filter, users, db.vendor() == DbVendor.SQLITE).times(s, times);
            return null;
        });
    }

    // ---- drilldowns selected where the facts are (docs/reports.md, "Drilldowns")

    @Override
    public List<Long> drillPage(DrillSelection selection, long offset, int limit, long budget) {
        if (limit <= 0) {
            return List.of();
        }
        return db.withAnalysis(s -> DrillSql.page(s, selection, offset, limit, budget));
    }

    @Override
    public int drillCount(DrillSelection selection) {
        return db.withAnalysis(s -> DrillSql.count(s, selection));
    }

    @Override
    public Optional<Integer> actedConversations(FactScope scope) {
        return fromRollups(scope, RollupCounts::acted).flatMap(n -> n);
    }

    // ---- a user's conversation history (issue #25)

    @Override
    public HistoryCountsPage historyPage(HistoryQuery query, HistorySort sort, boolean ascending, long offset,
                                         int limit) {
        return db.withAnalysis(s -> HistorySql.page(s, query, sort, ascending, offset, limit));
    }

    @Override
    public void historyReplies(HistoryQuery query, Consumer<HistoryReply> each) {
        db.withAnalysis(s -> {
            HistorySql.replies(s, query, each);
            return null;
        });
    }
}
