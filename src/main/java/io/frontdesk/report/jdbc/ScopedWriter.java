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

/**
 * Adds facts to their cells of one {@link CellKind} (V52's (mailbox, type) cells, V57's folder cells; docs/reports.md
 * "Scoped rollups"), gathered by {@link RollupWriter#record} for every fact it folds and written at the end of the
 * batch ({@link RollupBatch}), so the cells are kept by the same fold, lock and transaction as the account's rollups.
 * Unlike them a cell keeps no previous/next day per key: a selection of cells counts its distinct keys over its
 * cells' key rows, so a fact costs no read, and the batch writes each row it touched once: sums added, key rows
 * inserted if absent, each day's last close kept if later than the stored one.
 */
final class ScopedWriter {

    private record Sum(List<Object> cell, int day, String measure, int other) {
    }

    private record Key(String family, List<Object> cell, int day, long key, long customer) {
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

    ScopedWriter(CellKind kind) {
        this.kind = kind;
        String cell = kind.columns;
        String marks = Statements.placeholders(kind.width());
        this.add = "INSERT INTO " + kind.sums + " (account_id, " + cell + ", day, measure, other_day, n, ms)"
                + " VALUES (?, " + marks + ", ?, ?, ?, ?, ?) ON CONFLICT (account_id, " + cell + ", day, measure,"
                + " other_day) DO UPDATE SET n = " + kind.sums + ".n + EXCLUDED.n, ms = " + kind.sums
                + ".ms + EXCLUDED.ms";
        this.key = "INSERT INTO " + kind.keys + " (account_id, family, " + cell + ", day, key_id, customer_id)"
                + " VALUES (?, ?, " + marks + ", ?, ?, ?) ON CONFLICT DO NOTHING";
        this.close = "INSERT INTO " + kind.keys + " (account_id, family, " + cell + ", day, key_id, customer_id,"
                + " last_at, last_id, ms, replies) VALUES (?, 'resolved', " + marks + ", ?, ?, 0, ?, ?, ?, ?)"
                + " ON CONFLICT (account_id, family, " + cell + ", day, key_id, customer_id) DO UPDATE SET"
                + " last_at = EXCLUDED.last_at, last_id = EXCLUDED.last_id, ms = EXCLUDED.ms,"
                + " replies = EXCLUDED.replies WHERE EXCLUDED.last_at > " + kind.keys + ".last_at"
                + " OR (EXCLUDED.last_at = " + kind.keys + ".last_at AND EXCLUDED.last_id > " + kind.keys
                + ".last_id)";
    }

    /** Adds the fact to its cell of this kind, if it is in one. */
    void add(long factId, ReportFact f, ZoneId zone, int day) {
        kind.cell(f).ifPresent(cell -> add(factId, f, zone, day, cell));
    }

    private void add(long factId, ReportFact f, ZoneId zone, int day, List<Object> cell) {
        RollupWriter.additive((measure, other, n, ms) -> {
            long[] v = sums.computeIfAbsent(new Sum(cell, day, measure, other), k -> new long[2]);
            v[0] += n;
            v[1] += ms;
        }, f);
        if (f.kind() == FactKind.CREATED) {
            sums.computeIfAbsent(new Sum(cell, day, "created_h", hour(f, zone)), k -> new long[2])[0]++;
        }
        if (RollupWriter.ACTIVITY.contains(f.kind())) {
            keys.add(new Key("conversations", cell, day, f.conversationId(), 0));
            if (f.customerId() != null) {
                keys.add(new Key("customers", cell, day, f.customerId(), 0));
                keys.add(new Key("customer_conversations", cell, day, f.conversationId(), f.customerId()));
            }
        }
        switch (f.kind()) {
            case REPLY -> {
                if (f.customerId() != null) {
                    keys.add(new Key("helped", cell, day, f.customerId(), 0));
                }
                if (f.userId() != null) {
                    keys.add(new Key("repliers", cell, day, f.userId(), 0));
                }
            }
            case CLOSED -> {
                keys.add(new Key("closed", cell, day, f.conversationId(), 0));
                if (f.replies() != null && f.replies() > 0) {
                    long ms = f.since() == null ? 0 : Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
                    Close close = new Close(f.at().toEpochMilli(), factId, ms, f.replies());
                    closes.merge(new Day(cell, day, f.conversationId()), close,
                            (kept, next) -> next.after(kept) ? next : kept);
                }
            }
            case RATED -> {
                if (f.customerId() != null) {
                    keys.add(new Key("raters", cell, day, f.customerId(), 0));
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

    void write(Statements s, long account) {
        sums.forEach((k, v) -> s.update(add, row(account, k.cell(), k.day(), k.measure(), k.other(), v[0], v[1])));
        keys.forEach(k -> s.update(key, row(account, k.family(), k.cell(), k.day(), k.key(), k.customer())));
        closes.forEach((d, c) -> s.update(close, row(account, d.cell(), d.day(), d.conversation(), c.at(), c.id(),
                c.ms(), c.replies())));
        sums.clear();
        keys.clear();
        closes.clear();
    }
}
