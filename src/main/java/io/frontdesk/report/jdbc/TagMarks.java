package io.frontdesk.report.jdbc;

import io.frontdesk.db.Rows;
import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the tag cells (V59, docs/reports.md "Per-tag cells") exact when conversations' tags change, in the fold's
 * transaction under the account's rollup lock. {@code report_tag_folded} holds the tags each conversation's folded
 * facts are in; a change of {@code conversation_tags} leaves a mark (V59's triggers, in the change's transaction).
 * Before the pending facts are folded, each marked conversation's folded facts (those without a pending row) are
 * taken out of the cells of the tags it lost and added to those of the tags it gained, and its folded set becomes its
 * tags now; pending facts are then folded into the cells of their conversation's folded set. A mark committed after
 * the fold read the tags is not one it read, so it stays for the next fold.
 */
final class TagMarks {

    private static final String FOLDED_FACTS = "SELECT f.* FROM report_facts f WHERE f.account_id = ?"
            + " AND f.conversation_id = ? AND NOT EXISTS (SELECT 1 FROM report_rollup_pending p"
            + " WHERE p.account_id = f.account_id AND p.fact_id = f.id) ORDER BY f.at, f.id";

    private TagMarks() {
    }

    private record Mark(long id, long conversation) {
    }

    /**
     * Moves the folded facts of up to {@code limit} marked conversations between tag cells (added to the batch,
     * written with it) and deletes those marks; answers how many marks it took.
     */
    static int fold(RollupBatch writes, long account, ZoneId zone, int limit) {
        Statements s = writes.db();
        List<Mark> marks = new ArrayList<>();
        s.forEach("SELECT id, conversation_id FROM report_tag_marks WHERE account_id = ? ORDER BY id LIMIT ?",
                Statements.params(account, limit), (rs, ctx) -> new Mark(rs.getLong(1), rs.getLong(2)), marks::add);
        Set<Long> conversations = new LinkedHashSet<>();
        marks.forEach(m -> conversations.add(m.conversation()));
        ScopedWriter cells = writes.cells(CellKind.TAG);
        TagSubjects subjects = writes.subjects();
        for (long conversation : conversations) {
            Set<Long> now = new HashSet<>(longs(s, "SELECT tag_id FROM conversation_tags WHERE conversation_id = ?",
                    Statements.params(conversation)));
            Set<Long> was = new HashSet<>(folded(s, account, List.of(conversation))
                    .getOrDefault(conversation, List.of()));
            Set<Long> lost = new HashSet<>(was);
            lost.removeAll(now);
            Set<Long> gained = new HashSet<>(now);
            gained.removeAll(was);
            if (lost.isEmpty() && gained.isEmpty()) {
                continue;
            }
            Set<Long> customers = new HashSet<>();
            s.forEach(FOLDED_FACTS, Statements.params(account, conversation), (rs, ctx) -> {
                long id = rs.getLong("id");
                ReportFact f = JdbcReportStore.FACT.map(rs, ctx);
                Long subject = Rows.nullableLong(rs, "subject_id");
                int day = RollupWriter.localDay(f.at(), zone);
                lost.forEach(tag -> {
                    cells.removeFrom(List.of(tag), f, zone, day);
                    subjects.remove(tag, f, subject, day);
                });
                gained.forEach(tag -> cells.addTo(List.of(tag), id, f, zone, day));
                subjects.add(List.copyOf(gained), f, subject, day);
                writes.addTagPairs(List.copyOf(gained), f, day);
                if (RollupWriter.ACTIVITY.contains(f.kind()) && f.customerId() != null) {
                    customers.add(f.customerId());
                }
                return null;
            }, ignored -> {
            });
            // the pairs' whole chains leave with the conversation's folded facts (V65)
            for (long tag : lost) {
                for (long customer : customers) {
                    TagCustomerKeys.remove(s, account, tag, customer, conversation);
                }
            }
            for (long tag : lost) {
                s.update("DELETE FROM report_tag_folded WHERE account_id = ? AND conversation_id = ? AND tag_id = ?",
                        Statements.params(account, conversation, tag));
            }
            for (long tag : gained) {
                s.update("INSERT INTO report_tag_folded (account_id, conversation_id, tag_id) VALUES (?, ?, ?)",
                        Statements.params(account, conversation, tag));
            }
        }
        for (Mark m : marks) {
            s.update("DELETE FROM report_tag_marks WHERE id = ?", Statements.params(m.id()));
        }
        return marks.size();
    }

    /** The folded tags of these conversations (those with none left out). */
    static Map<Long, List<Long>> folded(Statements s, long account, Collection<Long> conversations) {
        Map<Long, List<Long>> tags = new HashMap<>();
        if (conversations.isEmpty()) {
            return tags;
        }
        List<Object> params = new ArrayList<>();
        params.add(account);
        params.addAll(conversations);
        s.forEach("SELECT conversation_id, tag_id FROM report_tag_folded WHERE account_id = ? AND conversation_id IN ("
                + Statements.placeholders(conversations.size()) + ") ORDER BY conversation_id, tag_id", params,
                (rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)},
                r -> tags.computeIfAbsent(r[0], c -> new ArrayList<>()).add(r[1]));
        return tags;
    }

    /**
     * Starts the account's folded sets from its conversations' tags now, with no mark left: for cells that hold no
     * fact yet (a rollup start or rebuild clears them first), so any tag set is exact for them. The marks go first:
     * one committed after that statement (PostgreSQL, read committed) stays, and the next fold compares again.
     */
    static void start(Statements s, long account) {
        s.update("DELETE FROM report_tag_marks WHERE account_id = ?", Statements.params(account));
        s.update("DELETE FROM report_tag_folded WHERE account_id = ?", Statements.params(account));
        s.update("INSERT INTO report_tag_folded (account_id, conversation_id, tag_id) SELECT t.account_id,"
                + " ct.conversation_id, ct.tag_id FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id"
                + " WHERE t.account_id = ?", Statements.params(account));
    }

    /** How many marks the account has, counting no further than {@code atMost}. */
    static long marked(Statements s, long account, long atMost) {
        return s.returningLong("SELECT COUNT(*) FROM (SELECT 1 FROM report_tag_marks WHERE account_id = ? LIMIT ?) m",
                Statements.params(account, atMost));
    }

    private static List<Long> longs(Statements s, String sql, List<Object> params) {
        List<Long> values = new ArrayList<>();
        s.forEach(sql, params, (rs, ctx) -> rs.getLong(1), values::add);
        return values;
    }
}
