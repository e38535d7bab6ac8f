package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFact;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subject facts of each tag cell (V63, docs/reports.md "Subject counts per tag cell"): per (tag, subject fact
 * kind, subject, conversation, local day) the number of facts, so that the conversations report's lists under a
 * filter of one tag are read from the cell instead of counted from the facts. Gathered by the fold's batch beside the
 * tag cells ({@link RollupBatch}, {@link TagMarks}) and written at its end; every row belongs to one conversation, so a
 * conversation's folded facts leave a tag's cell by deleting its own rows by their keys, as V59's key rows do.
 */
final class TagSubjects {

    private record Row(long tag, String kind, long subject, long conversation, int day) {
    }

    private static final String ADD = "INSERT INTO report_tag_subjects (account_id, tag_id, kind, subject_id,"
            + " conversation_id, day, n) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, tag_id, kind,"
            + " subject_id, conversation_id, day) DO UPDATE SET n = report_tag_subjects.n + EXCLUDED.n";
    private static final String REMOVE = "DELETE FROM report_tag_subjects WHERE account_id = ? AND tag_id = ?"
            + " AND kind = ? AND subject_id = ? AND conversation_id = ? AND day = ?";

    private final Map<Row, long[]> added = new HashMap<>();
    /** Rows of conversations leaving a tag: all their folded facts leave together, so the whole row goes. */
    private final Set<Row> removed = new LinkedHashSet<>();

    /** Adds a folded subject fact ({@code subject} not null) to the cells of {@code tags}. */
    void add(List<Long> tags, ReportFact f, Long subject, int day) {
        if (subject != null) {
            tags.forEach(tag -> added.computeIfAbsent(row(tag, f, subject, day), r -> new long[1])[0]++);
        }
    }

    /** Takes a folded subject fact out of the tag's cell, when its conversation's facts all leave it. */
    void remove(long tag, ReportFact f, Long subject, int day) {
        if (subject != null) {
            removed.add(row(tag, f, subject, day));
        }
    }

    private static Row row(long tag, ReportFact f, long subject, int day) {
        return new Row(tag, f.kind().name(), subject, f.conversationId(), day);
    }

    /** Writes the batch: removals first (a conversation leaves a cell or joins it in one batch, never both). */
    void write(Statements s, long account) {
        removed.forEach(r -> s.update(REMOVE, Statements.params(account, r.tag(), r.kind(), r.subject(),
                r.conversation(), r.day())));
        added.forEach((r, n) -> s.update(ADD, Statements.params(account, r.tag(), r.kind(), r.subject(),
                r.conversation(), r.day(), n[0])));
        removed.clear();
        added.clear();
    }

    /**
     * The set-wise rebuild's rows from the settled facts in their tag cells ({@code source}: CellKind.TAG's, each fact
     * once per tag of its conversation's folded set, with its local day {@code d}); one account id to bind.
     */
    static void rebuild(Statements s, String source, List<Object> params) {
        s.update("INSERT INTO report_tag_subjects (account_id, tag_id, kind, subject_id, conversation_id, day, n)"
                + " SELECT x.account_id, x.cell_tag, x.kind, x.subject_id, x.conversation_id, x.d, COUNT(*) FROM "
                + source + " WHERE x.subject_id IS NOT NULL GROUP BY x.account_id, x.cell_tag, x.kind,"
                + " x.subject_id, x.conversation_id, x.d", params);
    }

    /**
     * Each subject's count in the tag's cell over local days [fromDay, toDay): its distinct conversations
     * ({@code conversations}, the tags list) or its facts (saved replies, workflows), as
     * {@link ReportSubjectQueries#subjectCounts} counts the facts. The distinct pairs are read in the primary key's
     * order (subject, then conversation), so neither database sorts.
     */
    static Map<Long, Integer> counts(Statements s, long account, long tag, FactKind kind, int fromDay, int toDay,
                                     boolean conversations) {
        String where = " FROM report_tag_subjects WHERE account_id = ? AND tag_id = ? AND kind = ? AND day >= ?"
                + " AND day < ?";
        String sql = conversations
                ? "SELECT subject_id, COUNT(*) AS n FROM (SELECT DISTINCT subject_id, conversation_id" + where
                + ") p GROUP BY subject_id"
                : "SELECT subject_id, SUM(n) AS n" + where + " GROUP BY subject_id";
        Map<Long, Integer> counts = new HashMap<>();
        s.forEach(sql, Statements.params(account, tag, kind.name(), fromDay, toDay),
                (rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)), e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
