package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds facts to their (mailbox, type) cells (migration V52, docs/reports.md "Scoped rollups"), gathered by
 * {@link RollupWriter#record} for every fact it folds and written at the end of the batch ({@link RollupBatch}), so
 * the cells are kept by the same fold, lock and transaction as the account's rollups. Unlike them a cell keeps no
 * previous/next day per key: a selection of cells counts its distinct keys over its cells' key rows, so a fact costs
 * no read, and the batch writes each row it touched once: sums added, key rows inserted if absent, each day's last
 * close kept if later than the stored one.
 */
final class ScopedWriter {

    private static final String ADD = """
            INSERT INTO report_scoped_rollups (account_id, mailbox_id, conversation_type, day, measure, other_day, n, ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account_id, mailbox_id, conversation_type, day, measure, other_day) DO UPDATE SET
                n = report_scoped_rollups.n + EXCLUDED.n, ms = report_scoped_rollups.ms + EXCLUDED.ms""";

    private static final String KEY = """
            INSERT INTO report_scoped_keys (account_id, family, mailbox_id, conversation_type, day, key_id, customer_id)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    /** A day's last close in the cell: the latest by time, then by fact id, whatever order they are folded in. */
    private static final String CLOSE = """
            INSERT INTO report_scoped_keys (account_id, family, mailbox_id, conversation_type, day, key_id, customer_id,
                                            last_at, last_id, ms, replies)
            VALUES (?, 'resolved', ?, ?, ?, ?, 0, ?, ?, ?, ?)
            ON CONFLICT (account_id, family, mailbox_id, conversation_type, day, key_id, customer_id) DO UPDATE SET
                last_at = EXCLUDED.last_at, last_id = EXCLUDED.last_id, ms = EXCLUDED.ms, replies = EXCLUDED.replies
            WHERE EXCLUDED.last_at > report_scoped_keys.last_at
               OR (EXCLUDED.last_at = report_scoped_keys.last_at AND EXCLUDED.last_id > report_scoped_keys.last_id)""";

    private record Sum(long mailbox, String type, int day, String measure, int other) {
    }

    private record Key(String family, long mailbox, String type, int day, long key, long customer) {
    }

    private record Day(long mailbox, String type, int day, long conversation) {
    }

    private record Close(long at, long id, long ms, int replies) {

        boolean after(Close other) {
            return at > other.at || at == other.at && id > other.id;
        }
    }

    private final Map<Sum, long[]> sums = new HashMap<>();
    private final Set<Key> keys = new LinkedHashSet<>();
    private final Map<Day, Close> closes = new HashMap<>();

    void add(long factId, ReportFact f, ZoneId zone, int day) {
        long mailbox = f.mailboxId();
        String type = f.conversationType();
        RollupWriter.additive((measure, other, n, ms) -> {
            long[] v = sums.computeIfAbsent(new Sum(mailbox, type, day, measure, other), k -> new long[2]);
            v[0] += n;
            v[1] += ms;
        }, f);
        if (f.kind() == FactKind.CREATED) {
            sums.computeIfAbsent(new Sum(mailbox, type, day, "created_h", hour(f, zone)), k -> new long[2])[0]++;
        }
        if (RollupWriter.ACTIVITY.contains(f.kind())) {
            keys.add(new Key("conversations", mailbox, type, day, f.conversationId(), 0));
            if (f.customerId() != null) {
                keys.add(new Key("customers", mailbox, type, day, f.customerId(), 0));
                keys.add(new Key("customer_conversations", mailbox, type, day, f.conversationId(), f.customerId()));
            }
        }
        switch (f.kind()) {
            case REPLY -> {
                if (f.customerId() != null) {
                    keys.add(new Key("helped", mailbox, type, day, f.customerId(), 0));
                }
                if (f.userId() != null) {
                    keys.add(new Key("repliers", mailbox, type, day, f.userId(), 0));
                }
            }
            case CLOSED -> {
                keys.add(new Key("closed", mailbox, type, day, f.conversationId(), 0));
                if (f.replies() != null && f.replies() > 0) {
                    long ms = f.since() == null ? 0 : Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
                    Close close = new Close(f.at().toEpochMilli(), factId, ms, f.replies());
                    closes.merge(new Day(mailbox, type, day, f.conversationId()), close,
                            (kept, next) -> next.after(kept) ? next : kept);
                }
            }
            case RATED -> {
                if (f.customerId() != null) {
                    keys.add(new Key("raters", mailbox, type, day, f.customerId(), 0));
                }
            }
            default -> {
            }
        }
    }

    /** The local hour of the fact, as {@link FactCountSql#hour} computes it. */
    private static int hour(ReportFact f, ZoneId zone) {
        long local = f.at().toEpochMilli() + zone.getRules().getOffset(f.at()).getTotalSeconds() * 1000L;
        return (int) Math.floorMod(Math.floorDiv(local, FactCountSql.HOUR), 24L);
    }

    void write(Statements s, long account) {
        sums.forEach((k, v) -> s.update(ADD, List.of(account, k.mailbox(), k.type(), k.day(), k.measure(), k.other(),
                v[0], v[1])));
        keys.forEach(k -> s.update(KEY, List.of(account, k.family(), k.mailbox(), k.type(), k.day(), k.key(),
                k.customer())));
        closes.forEach((d, c) -> s.update(CLOSE, List.of(account, d.mailbox(), d.type(), d.day(), d.conversation(),
                c.at(), c.id(), c.ms(), c.replies())));
        sums.clear();
        keys.clear();
        closes.clear();
    }
}
