package io.frontdesk.report.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.DrillRow;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.FactScope;
import io.frontdesk.report.RatingLevel;
import io.frontdesk.report.ReportFact;
import io.frontdesk.report.ReportFilter;
import io.frontdesk.report.ReportPeriod;
import io.frontdesk.report.ReportStore;
import io.frontdesk.report.SubjectFact;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of the drilldowns, the conversation history and the conversations report's lists, for
 * {@link JdbcReportStore}: kept apart from the figures' queries, which are tuned on their own.
 */
final class ReportSubjectQueries {

    /** Ids per IN list, well under SQLite's bound on parameters. */
    private static final int CHUNK = 500;

    /** The share of the account's facts from which SQLite counts subjects in subject order ({@link #subjectCounts}). */
    private static final double BY_SUBJECT_FROM = 0.25;
    /** Between the crossing points measured at 1M conversations ({@link #manyTagged}). */
    static final long MANY_TAGGED = 40_000;

    private static final String ROWS = """
            SELECT c.id, c.number, c.type, c.mailbox_id, c.subject, c.status, c.thread_count, c.preview,
                   c.updated_at, c.assignee_id, c.customer_id, cu.first_name, cu.last_name,
                   (SELECT MIN(e.value) FROM customer_entries e
                    WHERE e.customer_id = c.customer_id AND e.kind = 'email') AS email,
                   u.first_name AS user_first_name, u.last_name AS user_last_name,
                   EXISTS (SELECT 1 FROM attachments a WHERE a.conversation_id = c.id) AS attachments
            FROM conversations c
            JOIN customers cu ON cu.id = c.customer_id
            LEFT JOIN users u ON u.id = c.assignee_id
            WHERE c.account_id = ? AND c.state <> 'deleted' AND c.merged_into IS NULL AND c.id IN (""";

    private static final RowMapper<SubjectFact> SUBJECT_FACT = (rs, ctx) -> new SubjectFact(new ReportFact(
            FactKind.valueOf(rs.getString("kind")), rs.getLong("conversation_id"), rs.getLong("number"),
            rs.getLong("mailbox_id"), rs.getString("conversation_type"), Rows.nullableLong(rs, "customer_id"),
            Rows.nullableLong(rs, "user_id"), Rows.nullableLong(rs, "thread_id"), Rows.instant(rs, "at"),
            Rows.nullableInstant(rs, "since"), null, false,
            rs.getString("rating") == null ? null : RatingLevel.valueOf(rs.getString("rating")), null,
            rs.getString("status"), Rows.nullableLong(rs, "assignee_id")), rs.getLong("subject_id"));

    private final Database db;
    private final long manyTagged;

    ReportSubjectQueries(Database db, long manyTagged) {
        this.db = db;
        this.manyTagged = manyTagged;
    }

    List<DrillRow> conversationRows(long accountId, List<Long> ids) {
        List<DrillRow> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, List<DrillRow.Tag>> tags = tags(chunk);
            List<Object> params = new ArrayList<>();
            params.add(accountId);
            params.addAll(chunk);
            db.withStatements(s -> {
                s.forEach(ROWS + Statements.placeholders(chunk.size()) + ")", params, (rs, ctx) -> {
                    long id = rs.getLong("id");
                    String name = join(rs.getString("first_name"), rs.getString("last_name"));
                    String email = rs.getString("email");
                    Long assignee = Rows.nullableLong(rs, "assignee_id");
                    return new DrillRow(id, rs.getLong("number"), rs.getString("type"), rs.getLong("mailbox_id"),
                            rs.getBoolean("attachments"), rs.getString("subject"), rs.getString("status"),
                            rs.getInt("thread_count"), rs.getString("preview"), rs.getLong("customer_id"),
                            name.isEmpty() && email != null ? email : name, email, Rows.instant(rs, "updated_at"),
                            assignee, assignee == null ? null
                            : join(rs.getString("user_first_name"), rs.getString("user_last_name")),
                            tags.getOrDefault(id, List.of()));
                }, rows::add);
                return null;
            });
        }
        return rows;
    }

    private Map<Long, List<DrillRow.Tag>> tags(List<Long> conversations) {
        Map<Long, List<DrillRow.Tag>> tags = new HashMap<>();
        db.withStatements(s -> {
            s.forEach("SELECT ct.conversation_id, t.id, t.name, t.color FROM conversation_tags ct"
                            + " JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id IN ("
                            + Statements.placeholders(conversations.size()) + ") ORDER BY t.name, t.id",
                    conversations, (rs, ctx) -> Map.entry(rs.getLong("conversation_id"),
                            new DrillRow.Tag(rs.getLong("id"), rs.getString("name"), rs.getString("color"))),
                    e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return null;
        });
        return tags;
    }

    void insert(long accountId, SubjectFact s) {
        ReportFact f = s.fact();
        // pending like every fact since V63: the fold keeps the tag cells' subject counts (TagSubjects)
        db.withStatements(st -> st.update(JdbcReportStore.MARK_PENDING, Statements.params(accountId, st.returningLong("""
                        INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id,
                                                  conversation_type, customer_id, user_id, thread_id, at, first_reply,
                                                  subject_id, status, assignee_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                Statements.params(accountId, f.kind().name(), f.conversationId(), f.number(), f.mailboxId(),
                        f.conversationType(), f.customerId(), f.userId(), f.threadId(), f.at().toEpochMilli(), false,
                        s.subjectId(), f.status(), f.assigneeId())))));
    }

    /** As {@link JdbcReportStore#facts}, for one kind of subject fact. */
    List<SubjectFact> subjectFacts(long accountId, FactKind kind, Instant from, Instant to, ReportFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM report_facts f WHERE f.account_id = ? AND f.kind = ?"
                + " AND f.at >= ? AND f.at < ?");
        List<Object> params = new ArrayList<>(List.of(accountId, kind.name(), from.toEpochMilli(),
                to.toEpochMilli()));
        FilterSql.append(sql, params, filter);
        sql.append(" ORDER BY f.at, f.id");
        List<SubjectFact> facts = new ArrayList<>();
        db.withAnalysis(s -> {
            s.forEach(sql.toString(), params, SUBJECT_FACT, facts::add);
            return null;
        });
        return facts;
    }

    /**
     * As {@link JdbcReportStore#subjectCounts}: counted in the database, per subject, instead of reading every fact of
     * the period into memory (a year's tags at 1M conversations are over a million facts). "subject_id IS NOT NULL",
     * true of every subject fact, lets both databases read the partial indexes of subject facts (V56), which hold
     * every column the count and a mailbox, type or folder filter read: one in time order for a short period, one in
     * subject and conversation order, which counts per subject as it reads with no sort, for a long one. PostgreSQL's
     * planner chooses between them by itself; SQLite's takes any range of {@code at} for a narrow one, so from a
     * quarter of the account's facts on (where both reads cost the same at 200k conversations) the period's bound is
     * spelled as almost always true. A {@code folders=} or {@code mailboxes=} filter without tags reads the indexes
     * that lead with its columns instead ({@link CellSubjectSql}).
     */
    Map<Long, Integer> subjectCounts(long accountId, FactKind kind, Instant from, Instant to, ReportFilter filter,
                                     boolean conversations) {
        Map<Long, Integer> counts = new HashMap<>();
        Optional<CellSubjectSql.Statement> cells = CellSubjectSql.of(db.vendor(), accountId, kind, from, to, filter,
                conversations);
        if (cells.isPresent()) {
            db.withAnalysis(s -> {
                s.forEach(cells.get().sql(), cells.get().params(), (rs, ctx) -> Map.entry(rs.getLong("subject_id"),
                        rs.getInt("n")), e -> counts.put(e.getKey(), e.getValue()));
                return null;
            });
            return counts;
        }
        db.withAnalysis(s -> {
            boolean bySubject = db.vendor() == DbVendor.SQLITE && JdbcReportStore.likely(s, FactScope.of(accountId,
                    new ReportPeriod(from, to), filter, ZoneOffset.UTC)).share() >= BY_SUBJECT_FROM;
            StringBuilder sql = new StringBuilder("SELECT f.subject_id, ")
                    .append(conversations ? "COUNT(DISTINCT f.conversation_id)" : "COUNT(*)")
                    .append(" AS n FROM report_facts f WHERE f.account_id = ? AND f.kind = ?")
                    .append(" AND f.subject_id IS NOT NULL AND ")
                    .append(bySubject ? "likelihood(f.at >= ?, 1.0)" : "f.at >= ?").append(" AND f.at < ?");
            List<Object> params = new ArrayList<>(List.of(accountId, kind.name(), from.toEpochMilli(),
                    to.toEpochMilli()));
            FilterSql.append(sql, params, filter, !(bySubject && manyTagged(s, filter)));
            sql.append(" GROUP BY f.subject_id");
            s.forEach(sql.toString(), params, (rs, ctx) -> Map.entry(rs.getLong("subject_id"), rs.getInt("n")),
                    e -> counts.put(e.getKey(), e.getValue()));
            return null;
        });
        return counts;
    }

    /**
     * Whether the filter's tags are on {@code manyTagged} ({@link #MANY_TAGGED}) conversations or more. SQLite reads a
     * long period's subject facts of such tags better in subject order, checking each against the tags' conversations,
     * than conversation by conversation through report_facts_account_conversation, which reads every fact of each and
     * sorts them per subject: a year's TAGGED list for the tag on 173,275 of 1M conversations 0.37-0.51 s of CPU
     * against 0.95-1.05 s; for the tag on about 15,000, 0.23 s against 0.15 s (docs/benchmarks.md, "Reports on SQLite
     * at 1M"). In subject order it never reads more than the same list without the tags does.
     */
    private boolean manyTagged(Statements s, ReportFilter filter) {
        if (filter.tags().isEmpty()) {
            return false;
        }
        List<Object> params = new ArrayList<>(filter.tags().stream().sorted().toList());
        params.add(manyTagged);
        return s.returningLong("SELECT COUNT(*) FROM (SELECT 1 FROM conversation_tags WHERE tag_id IN ("
                + Statements.placeholders(filter.tags().size()) + ") LIMIT ?) t", params) >= manyTagged;
    }

    Set<Long> tagsNow(long conversationId) {
        return longs("SELECT tag_id FROM conversation_tags WHERE conversation_id = ?", conversationId);
    }

    Set<Long> tagsSeen(long conversationId) {
        return longs("SELECT tag_id FROM report_conversation_tags WHERE conversation_id = ?", conversationId);
    }

    void saveTagsSeen(long conversationId, long accountId, Set<Long> tags) {
        db.withStatements(s -> {
            s.update("DELETE FROM report_conversation_tags WHERE conversation_id = ?",
                    Statements.params(conversationId));
            for (long tag : tags) {
                s.update("INSERT INTO report_conversation_tags (conversation_id, account_id, tag_id) VALUES (?, ?, ?)",
                        Statements.params(conversationId, accountId, tag));
            }
            return null;
        });
    }

    Optional<Long> savedReplyOf(long threadId) {
        return db.withStatements(s -> s.first("SELECT saved_reply_id FROM threads WHERE id = ?",
                Statements.params(threadId), (rs, ctx) -> Rows.nullableLong(rs, "saved_reply_id")))
                .filter(id -> id != null);
    }

    Map<Long, String> tagNames(long accountId, Set<Long> ids) {
        return names("tags", accountId, ids);
    }

    Map<Long, String> workflowNames(long accountId, Set<Long> ids) {
        return names("workflows", accountId, ids);
    }

    /** The names of an account's rows of {@code table} (one of ours, with id and name) by id. */
    private Map<Long, String> names(String table, long accountId, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        byIds("SELECT id, name FROM " + table + " WHERE account_id = ? AND id IN (", accountId, ids,
                (rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("name")),
                e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    Map<Long, ReportStore.SavedReplyName> savedReplyNames(long accountId, Set<Long> ids) {
        Map<Long, ReportStore.SavedReplyName> names = new HashMap<>();
        byIds("SELECT id, name, mailbox_id FROM saved_replies WHERE account_id = ? AND id IN (", accountId, ids,
                (rs, ctx) -> Map.entry(rs.getLong("id"), new ReportStore.SavedReplyName(rs.getString("name"),
                        rs.getLong("mailbox_id"))),
                e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private <T> void byIds(String select, long accountId, Set<Long> ids, RowMapper<T> mapper,
                           java.util.function.Consumer<T> sink) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(accountId);
            params.addAll(chunk);
            db.withStatements(s -> {
                s.forEach(select + Statements.placeholders(chunk.size()) + ")", params, mapper, sink);
                return null;
            });
        }
    }

    private Set<Long> longs(String sql, long id) {
        Set<Long> values = new LinkedHashSet<>();
        db.withStatements(s -> {
            s.forEach(sql, Statements.params(id), (rs, ctx) -> rs.getLong(1), values::add);
            return null;
        });
        return values;
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
