package io.frontdesk.report.jdbc;

import io.frontdesk.db.AccountLocks;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Statements;
import io.frontdesk.report.FactKind;
import io.frontdesk.report.ReportFact;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds one fact to an account's rollups (migration V42, docs/reports.md "Speed: rollups"), for {@link RollupFold},
 * which folds pending facts in batches under the account's rollup lock. Facts may come in any order of time and id.
 * Additive measures add to their day's row. A distinct measure counts a key on the first of its days in a period:
 * a new (key, day) adds one to (day, previous day) and moves its next day's count from (next, previous) to
 * (next, day). Resolved keeps each (conversation, day)'s last close under (day, next day with a close): the latest by time, then by fact id.
 */
final class RollupWriter {

    static final int NO_NEXT = Integer.MAX_VALUE;
    static final long EVERYONE = -1L;
    static final Set<FactKind> ACTIVITY = EnumSet.of(FactKind.CREATED, FactKind.CUSTOMER_MESSAGE, FactKind.REPLY,
            FactKind.CLOSED, FactKind.REOPENED);
    static final List<String> DISTINCT = List.of("conversations", "customers", "helped", "repliers", "closed",
            "raters");

    /**
     * The sum over customers of their distinct conversations with activity (V62): a distinct measure of
     * (customer, conversation) pairs, everyone's only; the pairs themselves are in {@code report_customer_keys}.
     */
    static final String CUSTOMER_CONVERSATIONS = "customer_conversations";

    /**
     * The conversations acted on (V73): replied to, closed, or started by a user, as everyone's company drilldown
     * without a range selects them. A distinct measure of conversations, everyone's only (a user's drilldown counts
     * the user's own facts through their index), read by the drilldown alone: not one of {@link #DISTINCT}, which the
     * cells keep too.
     */
    static final String ACTED = "acted";

    private static final String KEY_WHERE = " WHERE account_id = ? AND family = ? AND user_id = ? AND key_id = ?";

    private RollupWriter() {
    }

    /** The zone the account's rollups are kept in; empty when they are not kept. */
    static Optional<ZoneId> zone(Statements s, long accountId) {
        return s.first("SELECT time_zone FROM report_rollup_state WHERE account_id = ?", Statements.params(accountId),
                (rs, ctx) -> ZoneId.of(rs.getString(1)));
    }

    /**
     * One folder of the account's rollups at a time, to the end of the transaction: a key's neighbouring days must not
     * change under a fold, nor the pending facts under a rebuild (SQLite has a single writer anyway).
     */
    static void lock(Statements s, DbVendor vendor, long accountId) {
        AccountLocks.account(s, vendor, accountId);
    }

    /**
     * Adds the fact {@code f} (row {@code factId}) to the account's rollups, kept in {@code zone}, and to its cells
     * (V52, V57); the batch writes the increments at its end ({@link RollupBatch#write}).
     */
    static void record(RollupBatch s, long accountId, long factId, ReportFact f, Long subject, ZoneId zone) {
        int day = localDay(f.at(), zone);
        List<Long> scopes = new ArrayList<>();
        scopes.add(EVERYONE);
        if (f.userId() != null) {
            scopes.add(f.userId());
        }
        for (long u : scopes) {
            additive(s, accountId, u, day, f);
            distinct(s, accountId, u, day, factId, f);
        }
        if (ACTIVITY.contains(f.kind()) && f.customerId() != null) {
            customerPair(s, accountId, f.customerId(), f.conversationId(), day);
        }
        s.addToCells(factId, f, subject, zone, day);
    }

    static int localDay(Instant at, ZoneId zone) {
        long local = at.toEpochMilli() + zone.getRules().getOffset(at).getTotalSeconds() * 1000L;
        return (int) Math.floorDiv(local, FactCountSql.DAY);
    }

    /** Where an additive figure goes: a user scope's row of report_rollups, or a cell's of report_scoped_rollups. */
    interface Sink {
        void add(String measure, int other, long n, long ms);
    }

    private static void additive(RollupBatch s, long account, long u, int day, ReportFact f) {
        additive((measure, other, n, ms) -> add(s, account, measure, u, day, other, n, ms, 0), f);
    }

    /** The fact's additive figures, each once: the same measures for the account's rollups and a cell's. */
    static void additive(Sink to, ReportFact f) {
        if (ACTIVITY.contains(f.kind())) {
            to.add("activity", 0, 1, 0);
        }
        switch (f.kind()) {
            case CREATED -> {
                to.add("created", 0, 1, 0);
                if (Set.of("email", "chat", "phone").contains(f.conversationType())) {
                    to.add("created_" + f.conversationType(), 0, 1, 0);
                }
            }
            case CUSTOMER_MESSAGE -> to.add("received", 0, 1, 0);
            case REPLY -> {
                to.add("replies", 0, 1, 0);
                if (f.since() != null) {
                    long wait = Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
                    int range = range(f.at().toEpochMilli() - f.since().toEpochMilli());
                    to.add("response", 0, 1, wait);
                    to.add("range", range, 1, 0);
                    if (f.firstReply()) {
                        to.add("first", 0, 1, wait);
                        to.add("frange", range, 1, 0);
                    }
                }
            }
            case RATED -> to.add("rated", f.rating().ordinal(), 1, 0);
            default -> {
            }
        }
    }

    /** Whether the fact is an act of {@link #ACTED}: a reply, a close, or a conversation started by a user. */
    static boolean acted(ReportFact f) {
        return f.kind() == FactKind.REPLY || f.kind() == FactKind.CLOSED
                || f.kind() == FactKind.CREATED && f.userId() != null;
    }

    /** Help Scout's time range id of a wait, as the raw count's CASE gives it. */
    static int range(long waitMillis) {
        long[] bounds = RollupCounts.TIME_RANGES;
        for (int i = 0; i < bounds.length; i++) {
            if (waitMillis < bounds[i]) {
                return i + 1;
            }
        }
        return bounds.length + 1;
    }

    private static void distinct(RollupBatch s, long account, long u, int day, long factId, ReportFact f) {
        if (u == EVERYONE && acted(f)) {
            key(s, account, ACTED, u, f.conversationId(), day);
        }
        if (ACTIVITY.contains(f.kind())) {
            key(s, account, "conversations", u, f.conversationId(), day);
            if (f.customerId() != null) {
                key(s, account, "customers", u, f.customerId(), day);
            }
        }
        switch (f.kind()) {
            case REPLY -> {
                if (f.customerId() != null) {
                    key(s, account, "helped", u, f.customerId(), day);
                }
                if (f.userId() != null) {
                    key(s, account, "repliers", u, f.userId(), day);
                }
            }
            case CLOSED -> {
                key(s, account, "closed", u, f.conversationId(), day);
                if (f.replies() != null && f.replies() > 0) {
                    long ms = f.since() == null ? 0 : Math.max(0, f.at().toEpochMilli() - f.since().toEpochMilli());
                    resolved(s, account, u, f.conversationId(), day, new Close(f.at().toEpochMilli(), factId, ms,
                            f.replies()));
                }
            }
            case RATED -> {
                if (f.customerId() != null) {
                    key(s, account, "raters", u, f.customerId(), day);
                }
            }
            default -> {
            }
        }
    }

    private static void key(RollupBatch s, long account, String family, long u, long key, int day) {
        int added = s.db().update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", Statements.params(account, family, u, key, day));
        if (added == 0) {
            return;
        }
        int prev = neighbour(s, account, family, u, key, day, false).orElse(-1);
        add(s, account, family, u, day, prev, 1, 0, 0);
        Optional<Integer> next = neighbour(s, account, family, u, key, day, true);
        if (next.isPresent()) {
            add(s, account, family, u, next.get(), prev, -1, 0, 0);
            add(s, account, family, u, next.get(), day, 1, 0, 0);
        }
    }

    /**
     * The (customer, conversation) pair's day (V62), everyone's only: a new day of the pair takes the previous day as
     * its own, gives itself to the next day, and moves the next day's count of {@link #CUSTOMER_CONVERSATIONS} from
     * (next, previous) to (next, day), as {@link #key} does for the other families.
     */
    private static void customerPair(RollupBatch s, long account, long customer, long conversation, int day) {
        int[] near = s.db().first("SELECT MAX(CASE WHEN day < ? THEN day END), MIN(CASE WHEN day > ? THEN day END),"
                + " COUNT(CASE WHEN day = ? THEN 1 END) FROM report_customer_keys WHERE account_id = ?"
                + " AND customer_id = ? AND conversation_id = ?",
                Statements.params(day, day, day, account, customer, conversation), (rs, ctx) -> {
                    int prev = rs.getInt(1);
                    prev = rs.wasNull() ? -1 : prev;
                    int next = rs.getInt(2);
                    next = rs.wasNull() ? NO_NEXT : next;
                    return new int[] {prev, next, rs.getInt(3)};
                }).orElseThrow();
        if (near[2] > 0) {
            return;
        }
        int prev = near[0];
        int next = near[1];
        s.db().update("INSERT INTO report_customer_keys (account_id, customer_id, conversation_id, day, prev_day)"
                + " VALUES (?, ?, ?, ?, ?)", Statements.params(account, customer, conversation, day, prev));
        add(s, account, CUSTOMER_CONVERSATIONS, EVERYONE, day, prev, 1, 0, 0);
        if (next != NO_NEXT) {
            s.db().update("UPDATE report_customer_keys SET prev_day = ? WHERE account_id = ? AND customer_id = ?"
                    + " AND conversation_id = ? AND day = ?", Statements.params(day, account, customer, conversation,
                    next));
            add(s, account, CUSTOMER_CONVERSATIONS, EVERYONE, next, prev, -1, 0, 0);
            add(s, account, CUSTOMER_CONVERSATIONS, EVERYONE, next, day, 1, 0, 0);
        }
    }

    /** A day's last close: its time, its fact, its resolution time and the replies it took. */
    record Close(long at, long id, long ms, int replies) {

        boolean before(Close other) {
            return at < other.at || at == other.at && id < other.id;
        }
    }

    private static void resolved(RollupBatch s, long account, long u, long conversation, int day, Close close) {
        String family = "resolved";
        int next = neighbour(s, account, family, u, conversation, day, true).orElse(NO_NEXT);
        Optional<Close> same = close(s, account, u, conversation, day);
        if (same.isPresent()) {
            if (close.before(same.get())) {
                return; // an earlier close of the day, folded later: not the day's last
            }
            addResolved(s, account, u, day, next, same.get(), -1);
            s.db().update("UPDATE report_rollup_keys SET last_at = ?, last_id = ?, ms = ?, replies = ?" + KEY_WHERE
                    + " AND day = ?", Statements.params(close.at(), close.id(), close.ms(), close.replies(), account,
                    family, u, conversation, day));
        } else {
            s.db().update("INSERT INTO report_rollup_keys (account_id, family, user_id, key_id, day, last_at, last_id, ms,"
                    + " replies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statements.params(account, family, u,
                    conversation, day, close.at(), close.id(), close.ms(), close.replies()));
            Optional<Integer> prev = neighbour(s, account, family, u, conversation, day, false);
            if (prev.isPresent()) {
                Close before = close(s, account, u, conversation, prev.get()).orElseThrow();
                addResolved(s, account, u, prev.get(), next, before, -1);
                addResolved(s, account, u, prev.get(), day, before, 1);
            }
        }
        addResolved(s, account, u, day, next, close, 1);
    }

    private static Optional<Close> close(RollupBatch s, long account, long u, long conversation, int day) {
        return s.db().first("SELECT last_at, last_id, ms, replies FROM report_rollup_keys" + KEY_WHERE + " AND day = ?",
                Statements.params(account, "resolved", u, conversation, day),
                (rs, ctx) -> new Close(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)));
    }

    private static void addResolved(RollupBatch s, long account, long u, int day, int next, Close c, int sign) {
        add(s, account, "resolved", u, day, next, sign, sign * c.ms(), (long) sign * c.replies());
        add(s, account, "resolved_r" + Math.min(10, c.replies()), u, day, next, sign, 0, 0);
    }

    private static Optional<Integer> neighbour(RollupBatch s, long account, String family, long u, long key, int day,
                                               boolean after) {
        String sql = "SELECT " + (after ? "MIN" : "MAX") + "(day) FROM report_rollup_keys" + KEY_WHERE
                + " AND day " + (after ? ">" : "<") + " ?";
        return s.db().first(sql, Statements.params(account, family, u, key, day), (rs, ctx) -> {
            int d = rs.getInt(1);
            return rs.wasNull() ? null : d;
        });
    }

    private static void add(RollupBatch s, long account, String measure, long u, int day, int other, long n, long ms,
                            long replies) {
        s.add(measure, u, day, other, n, ms, replies);
    }
}
