package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One fold batch's writes (docs/reports.md, "Speed: rollups"): every write to {@code report_rollups} is an
 * increment, and increments commute, so the batch sums them in memory per row and writes each row once at its end, in
 * the fold's transaction; the key rows the writer reads and writes go straight to the database. The cells' rows
 * (V52's, V57's and V59's) are gathered alongside ({@link ScopedWriter}, one per {@link CellKind}); a fact's tag cells
 * are its conversation's folded tags ({@link #folded}). A batch of facts of the same days then costs one upsert per
 * row it touches instead of one per fact and scope.
 */
final class RollupBatch {

    private static final String ADD = """
            INSERT INTO report_rollups (account_id, measure, user_id, day, other_day, n, ms, replies)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id, measure, user_id, day, other_day) DO UPDATE SET
                n = report_rollups.n + EXCLUDED.n, ms = report_rollups.ms + EXCLUDED.ms,
                replies = report_rollups.replies + EXCLUDED.replies""";

    private record Row(String measure, long user, int day, int other) {
    }

    private final Statements db;
    private final long account;
    private final Map<Row, long[]> sums = new HashMap<>();
    private final Map<CellKind, ScopedWriter> cells = new EnumMap<>(CellKind.class);
    private final TagSubjects subjects = new TagSubjects();
    /** The folded tags of the conversations of the batch's facts ({@link TagMarks#folded}); none for the others. */
    private Map<Long, List<Long>> folded = Map.of();

    RollupBatch(Statements db, long account) {
        this.db = db;
        this.account = account;
        for (CellKind kind : CellKind.values()) {
            cells.put(kind, new ScopedWriter(kind));
        }
    }

    /** The tags each conversation's folded facts are in, for the facts added next. */
    void folded(Map<Long, List<Long>> tags) {
        this.folded = tags;
    }

    /** The writer of one kind's cells (the tag cells' for a conversation's retagging: {@link TagMarks}). */
    ScopedWriter cells(CellKind kind) {
        return cells.get(kind);
    }

    /** The tag cells' subject rows (V63; a conversation's retagging: {@link TagMarks}). */
    TagSubjects subjects() {
        return subjects;
    }

    Statements db() {
        return db;
    }

    /**
     * Adds the fact to its cells of every kind (those it is in), a subject fact to its tag cells' subjects, and an
     * activity fact with a customer to its tag cells' customer pairs (V65: written at once, as they read their
     * neighbours).
     */
    void addToCells(long factId, ReportFact f, Long subject, ZoneId zone, int day) {
        List<Long> tags = folded.getOrDefault(f.conversationId(), List.of());
        cells.values().forEach(c -> c.add(factId, f, zone, day, tags));
        subjects.add(tags, f, subject, day);
        addTagPairs(tags, f, day);
    }

    /** The activity fact's (customer, conversation, day) in the cells of {@code tags}; nothing for other facts. */
    void addTagPairs(List<Long> tags, ReportFact f, int day) {
        if (RollupWriter.ACTIVITY.contains(f.kind()) && f.customerId() != null) {
            tags.forEach(tag -> TagCustomerKeys.add(db, account, tag, f.customerId(), f.conversationId(), day));
        }
    }

    void add(String measure, long user, int day, int other, long n, long ms, long replies) {
        long[] v = sums.computeIfAbsent(new Row(measure, user, day, other), r -> new long[3]);
        v[0] += n;
        v[1] += ms;
        v[2] += replies;
    }

    /** Writes the batch's increments (a row whose increments cancel out is left as it is). */
    void write() {
        sums.forEach((r, v) -> {
            if (v[0] != 0 || v[1] != 0 || v[2] != 0) {
                db.update(ADD, List.of(account, r.measure(), r.user(), r.day(), r.other(), v[0], v[1], v[2]));
            }
        });
        sums.clear();
        cells.values().forEach(c -> c.write(db, account));
        subjects.write(db, account);
    }
}
