package io.frontdesk.report.jdbc;

import io.frontdesk.db.Statements;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFact;

import java.time.ZoneId;

/**
 * Adds one fact to its (mailbox, type) cell (migration V52, docs/reports.md "Speed: scoped rollups"), called by
 * {@link RollupWriter#record} for every fact it folds, so the cells are kept by the same fold, lock and transaction
 * as the account's rollups. Unlike them a cell keeps no previous/next day per key: a selection of cells counts its
 * distinct keys over its cells' key rows, so adding a fact is a few inserts and never reads a neighbouring day.
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

    private ScopedWriter() {
    }

    static void record(Statements s, long account, long factId, ReportFact f, ZoneId zone, int day) {
        long mailbox = f.mailboxId();
        String type = f.conversationType();
        RollupWriter.additive((measure, other, n, ms) -> s.update(ADD,
                Statements.params(account, mailbox, type, day, measure, other, n, ms)), f);
        if (f.kind() == FactKind.CREATED) {
            s.update(ADD, Statements.params(account, mailbox, type, day, "created_h", hour(f, zone), 1, 0));
        }
        if (RollupWriter.ACTIVITY.contains(f.kind())) {
            key(s, account, "conversations", mailbox, type, day, f.conversationId(), 0);
            if (f.customerId() != null) {
                key(s, account, "customers", mailbox, type, day, f.customerId(), 0);
                key(s, account, "customer_conversations", mailbox, type, day, f.conversationId(), f.customerId());
            }
        }
        switch (f.kind()) {
            case REPLY -> {
                if (f.customerId() != null) {
                    key(s, account, "helped", mailbox, type, day, f.customerId(), 0);
                }
                if (f.userId() != null) {
                    key(s, account, "repliers", mailbox, type, day, f.userId(), 0);
                }
            }
            case CLOSED -> {
                key(s, account, "closed", mailbox, type, day, f.conversationId(), 0);
                if (f.replies() != null && f.replies() > 0) {
                    long ms = f.since() == null ? 0 : Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
                    s.update(CLOSE, Statements.params(account, mailbox, type, day, f.conversationId(),
                            f.at().toEpochMilli(), factId, ms, f.replies()));
                }
            }
            case RATED -> {
                if (f.customerId() != null) {
                    key(s, account, "raters", mailbox, type, day, f.customerId(), 0);
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

    private static void key(Statements s, long account, String family, long mailbox, String type, int day, long key,
                            long customer) {
        s.update(KEY, Statements.params(account, family, mailbox, type, day, key, customer));
    }
}
