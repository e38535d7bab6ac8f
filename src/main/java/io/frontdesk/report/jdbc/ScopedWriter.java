package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds facts to their cells of one {@link CellKind} (V52's (mailbox, type) cells, V57's folder cells, V59's tag
 * cells; docs/reports.md "Scoped rollups"), gathered by {@link RollupWriter#record} for every fact it folds and
 * written at the end of the batch ({@link RollupBatch}), so the cells are kept by the same fold, lock and transaction
 * as the account's rollups. Unlike them a cell keeps no previous/next day per key: a selection of cells counts its
 * distinct keys over its cells' key rows, so a fact costs no read, and the batch writes each row it touched once: sums
 * added, key rows inserted if absent, each day's last close kept if later than the stored one.
 *
 * <p>A kind whose key rows each belong to one conversation ({@link CellKind#owned}: the tag cells) can also take a
 * conversation's folded facts out of a cell ({@link #removeFrom}, when the conversation loses the tag): their sums
 * subtracted, and the key rows and last closes they put there deleted by their keys, which no other conversation's
 * facts share.
 */
final class ScopedWriter {

    private record Sum(List<Object> cell, int day, String measure, int other) {
    }

    /** A key row; {@code owner} is the conversation it belongs to in an owned kind, else 0 (not a column). */
    private record Key(String family, List<Object> cell, int day, long key, long customer, long owner) {
    }

    private record Day(List<Object> cell, int day, long conversation) {
    }

    private record Close(long at, long id, long ms, int replies) {

        boolean after(Close other) {
            return at > other.at || at == other.at && id > other.id;
        }
    }

    private final CellKind kind;
    private final String add;
    private final String key;
    /** A day's last close in the cell: the latest by time, then by fact id, whatever order they are folded in. */
    private final String close;
    private final Map<Sum, long[]> sums = new HashMap<>();
    private final Set<Key> keys = new LinkedHashSet<>();
    private final Map<Day, Close> closes = new HashMap<>();
    /** Key rows (last closes included) of facts taken out: deleted before anything is added. */
    private final Set<Key> removed = new LinkedHashSet<>();
    private final String owner;
    private final String ownerMark;
    private final String zero;
    private final String unkey;

    ScopedWriter(CellKind kind) {
        this.kind = kind;
        String cell = kind.columns;
        String marks = Statements.placeholders(kind.width());
        this.owner = kind.owned() ? ", conversation_id" : "";
        this.ownerMark = kind.owned() ? ", ?" : "";
        this.add = "INSERT INTO " + kind.sums + " (account_id, " + cell + ", day, measure, other_day, n, ms)"
                + " VALUES (?, " + marks + ", ?, ?, ?, ?, ?) ON CONFLICT (account_id, " + cell + ", day, measure,"
                + " other_day) DO UPDATE SET n = " + kind.sums + ".n + EXCLUDED.n, ms = " + kind.sums
                + ".ms + EXCLUDED.ms";
        String cellWhere = " WHERE account_id = ? AND " + String.join(" = ? AND ", cell.split(", ")) + " = ?";
        this.zero = "DELETE FROM " + kind.sums + cellWhere + " AND day = ? AND measure = ? AND other_day = ?"
                + " AND n = 0 AND ms = 0";
        this.unkey = "DELETE FROM " + kind.keys + cellWhere + " AND family = ? AND day = ? AND key_id = ?"
                + " AND customer_id = ? AND conversation_id = ?";
        this.key = "INSERT INTO " + kind.keys + " (account_id, family, " + cell + ", day, key_id, customer_id" + owner
                + ") VALUES (?, ?, " + marks + ", ?, ?, ?" + ownerMark + ") ON CONFLICT DO NOTHING";
        this.close = "INSERT INTO " + kind.keys + " (account_id, family, " + cell + ", day, key_id, customer_id"
                + owner + ", last_at, last_id, ms, replies) VALUES (?, 'resolved', " + marks + ", ?, ?, 0"
                + ownerMark + ", ?, ?, ?, ?) ON CONFLICT (account_id, family, " + cell + ", day, key_id, customer_id"
                + owner + ") DO UPDATE SET"
                + " last_at = EXCLUDED.last_at, last_id = EXCLUDED.last_id, ms = EXCLUDED.ms,"
                + " replies = EXCLUDED.replies WHERE EXCLUDED.last_at > " + kind.keys + ".last_at"
                + " OR (EXCLUDED.last_at = " + kind.keys + ".last_at AND EXCLUDED.last_id > " + kind.keys
                + ".last_id)";
    }

    /** Adds the fact to each of its cells of this kind ({@link CellKind#cells}; {@code tags} for the tag cells). */
    void add(long factId, ReportFact f, ZoneId zone, int day, List<Long> tags) {
        kind.cells(f, tags).forEach(cell -> addTo(cell, factId, f, zone, day));
    }

    /** Adds the fact to the cell. */
    void addTo(List<Object> cell, long factId, ReportFact f, ZoneId zone, int day) {
        boolean keyed = kind.keyed(cell);
        collect(f, zone, day, cell, 1, keyed ? keys::add : k -> {
        });
        if (keyed && f.kind() == FactKind.CLOSED && f.replies() != null && f.replies() > 0) {
            long ms = f.since() == null ? 0 : Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
            Close close = new Close(f.at().toEpochMilli(), factId, ms, f.replies());
            closes.merge(new Day(cell, day, f.conversationId()), close,
                    (kept, next) -> next.after(kept) ? next : kept);
        }
    }

    /**
     * Takes a folded fact out of the cell, an owned kind's ({@link CellKind#owned}), when its conversation's facts
     * leave the cell all together: its sums subtracted, its key rows and its day's last close deleted.
     */
    void removeFrom(List<Object> cell, ReportFact f, ZoneId zone, int day) {
        collect(f, zone, day, cell, -1, removed::add);
        if (f.kind() == FactKind.CLOSED && f.replies() != null && f.replies() > 0) {
            removed.add(new Key("resolved", cell, day, f.conversationId(), 0, f.conversationId()));
        }
    }

    /** The fact's sums, times {@code sign}, and its key rows (to {@code to}); not its last close. */
    private void collect(ReportFact f, ZoneId zone, int day, List<Object> cell, int sign, Consumer<Key> to) {
        long owner = kind.owned() ? f.conversationId() : 0;
        RollupWriter.additive((measure, other, n, ms) -> {
            long[] v = sums.computeIfAbsent(new Sum(cell, day, measure, other), k -> new long[2]);
            v[0] += sign * n;
            v[1] += sign * ms;
        }, f);
        if (f.kind() == FactKind.CREATED) {
            sums.computeIfAbsent(new Sum(cell, day, "created_h", hour(f, zone)), k -> new long[2])[0] += sign;
        }
        if (RollupWriter.ACTIVITY.contains(f.kind())) {
            to.accept(new Key("conversations", cell, day, f.conversationId(), 0, owner));
            if (f.customerId() != null) {
                to.accept(new Key("customers", cell, day, f.customerId(), 0, owner));
                if (kind != CellKind.TAG) { // the tag cells keep their pairs with a previous day (V65)
                    to.accept(new Key("customer_conversations", cell, day, f.conversationId(), f.customerId(),
                            owner));
                }
            }
        }
        switch (f.kind()) {
            case REPLY -> {
                if (f.customerId() != null) {
                    to.accept(new Key("helped", cell, day, f.customerId(), 0, owner));
                }
                if (f.userId() != null) {
                    to.accept(new Key("repliers", cell, day, f.userId(), 0, owner));
                }
            }
            case CLOSED -> to.accept(new Key("closed", cell, day, f.conversationId(), 0, owner));
            case RATED -> {
                if (f.customerId() != null) {
                    to.accept(new Key("raters", cell, day, f.customerId(), 0, owner));
                }
            }
            default -> {
            }
        }
    }

    /** The statement's parameters: the values in order, a cell's spread out in its columns' order. */
    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> cell) {
                row.addAll(cell);
            } else {
                row.add(v);
            }
        }
        return row;
    }

    /** The local hour of the fact, as {@link FactCountSql#hour} computes it. */
    private static int hour(ReportFact f, ZoneId zone) {
        long local = f.at().toEpochMilli() + zone.getRules().getOffset(f.at()).getTotalSeconds() * 1000L;
        return (int) Math.floorMod(Math.floorDiv(local, FactCountSql.HOUR), 24L);
    }

    /**
     * Writes the batch: the removed key rows first (a conversation leaves a cell or joins it in one batch, never
     * both, so no row added here is removed), then the sums (a row a removal brought to nothing is deleted, as a
     * rebuild would not have it), the key rows and the last closes.
     */
    void write(Statements s, long account) {
        removed.forEach(k -> s.update(unkey, row(account, k.cell(), k.family(), k.day(), k.key(), k.customer(),
                k.owner())));
        sums.forEach((k, v) -> {
            if (v[0] != 0 || v[1] != 0) {
                s.update(add, row(account, k.cell(), k.day(), k.measure(), k.other(), v[0], v[1]));
            }
            if (v[0] < 0) {
                s.update(zero, row(account, k.cell(), k.day(), k.measure(), k.other()));
            }
        });
        keys.forEach(k -> s.update(key, kind.owned()
                ? row(account, k.family(), k.cell(), k.day(), k.key(), k.customer(), k.owner())
                : row(account, k.family(), k.cell(), k.day(), k.key(), k.customer())));
        closes.forEach((d, c) -> s.update(close, kind.owned()
                ? row(account, d.cell(), d.day(), d.conversation(), d.conversation(), c.at(), c.id(), c.ms(),
                c.replies())
                : row(account, d.cell(), d.day(), d.conversation(), c.at(), c.id(), c.ms(), c.replies())));
        removed.clear();
        sums.clear();
        keys.clear();
        closes.clear();
    }
}
