package io.frontdesk.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts each account's use of its windows.
 *
 * <p>Alone (SQLite, one node) the count lives in memory and is exact.
 *
 * <p>Shared (PostgreSQL, possibly several nodes) a request is still decided in memory while this node's unwritten
 * units of the window stay within its <em>local share</em>: a tenth of what the window had left at the last exchange
 * with the shared table. Beyond that share, the request is decided by the database (this node's unwritten units and
 * the request's cost are added in one transaction, refused if the total would go over), so close to the limit every
 * decision is global and exact. A background sync writes the unwritten units and reads the other nodes' totals every
 * {@link #DEFAULT_SYNC_INTERVAL}. The shared total can therefore exceed the limit only by what the other nodes hold
 * unwritten at that moment: at most a tenth of the limit per other node, in practice what they admit in one sync
 * interval. Nothing is ever refused that the true total had room for. docs/reliability.md has the figures.
 *
 * <p>If the shared table cannot be reached, nodes admit on their own count (failing open) and write it later.
 */
public final class WindowCounters implements AutoCloseable {

    /** How often the background sync exchanges counts with the shared table. */
    public static final Duration DEFAULT_SYNC_INTERVAL = Duration.ofMillis(200);

    /** The part of a window's remaining room that a node may admit before asking the shared table. */
    static final double LOCAL_SHARE = 0.1;

    private static final Logger LOG = LoggerFactory.getLogger(WindowCounters.class);
    private static final long PURGE_EVERY_MILLIS = 60_000;
    /** Rows of windows that started this long ago are deleted; the longest window is a minute. */
    private static final long KEEP_MILLIS = 10 * 60_000;
    private static final long WARN_EVERY_MILLIS = 60_000;

    private final SharedCounterStore shared;
    private final Clock clock;
    private final ConcurrentHashMap<Long, AccountWindows> accounts = new ConcurrentHashMap<>();
    private final CounterSync sync;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);
    private long lastPurge = Long.MIN_VALUE;

    private WindowCounters(SharedCounterStore shared, Clock clock, Duration syncInterval) {
        this.shared = shared;
        this.clock = clock;
        this.sync = shared == null ? null : new CounterSync(this::reconcile, syncInterval);
    }

    /** One node: exact counts in memory. */
    public static WindowCounters alone() {
        return new WindowCounters(null, Clock.systemUTC(), DEFAULT_SYNC_INTERVAL);
    }

    /** Several nodes on one database; the background sync starts with the first counted request. */
    public static WindowCounters shared(SharedCounterStore store, Clock clock, Duration syncInterval) {
        return new WindowCounters(store, clock, syncInterval);
    }

    /**
     * Counts one request. With {@code exact} (enforce mode) a request that does not fit every window is refused and
     * not counted; without (report mode) it is counted anyway and decided from this node's view alone.
     */
    Admission admit(long accountId, List<Slot> slots, boolean exact) {
        if (sync != null) {
            sync.start();
        }
        while (true) {
            AccountWindows account = accounts.get(accountId);
            if (account == null) {
                account = accounts.computeIfAbsent(accountId, id -> new AccountWindows());
            }
            Admission local;
            synchronized (account) {
                if (account.retired) {
                    continue;
                }
                local = admitLocally(account, slots, exact);
            }
            if (local == null) {
                local = exchange(accountId, account, slots);
            }
            if (local != null) {
                return local;
            }
        }
    }

    /** Decides in memory, or answers null when the shared table must decide. Caller holds the account's monitor. */
    private Admission admitLocally(AccountWindows account, List<Slot> slots, boolean exact) {
        int n = slots.size();
        long[] used = new long[n];
        boolean[] current = new boolean[n];
        boolean fits = true;
        boolean withinShare = true;
        for (int i = 0; i < n; i++) {
            Slot slot = slots.get(i);
            AccountWindows.Cell cell = account.cell(slot.window());
            current[i] = cell.roll(slot.start());
            used[i] = current[i] ? cell.view() : 0;
            if (!current[i] || slot.cost() == 0) {
                continue;
            }
            fits &= used[i] + slot.cost() <= slot.limit();
            withinShare &= shared == null || cell.pending + slot.cost() <= localShare(cell, slot.limit());
        }
        if (exact && fits && !withinShare) {
            return null;
        }
        boolean counted = fits || !exact;
        if (counted) {
            for (int i = 0; i < n; i++) {
                if (current[i] && slots.get(i).cost() > 0) {
                    account.cell(slots.get(i).window()).pending += slots.get(i).cost();
                    used[i] += slots.get(i).cost();
                }
            }
        }
        return judged(account, slots, counted, used);
    }

    private static long localShare(AccountWindows.Cell cell, int limit) {
        return (long) Math.floor(LOCAL_SHARE * Math.max(0, limit - cell.known - cell.inflight));
    }

    /** Marks the windows that are over and whether that is news in this window. Caller holds the monitor. */
    private static Admission judged(AccountWindows account, List<Slot> slots, boolean counted, long[] used) {
        boolean[] over = new boolean[slots.size()];
        boolean firstOver = false;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            over[i] = slot.cost() > 0 && (counted ? used[i] > slot.limit() : used[i] + slot.cost() > slot.limit());
            AccountWindows.Cell cell = account.cell(slot.window());
            if (over[i] && cell.start == slot.start() && !cell.reported) {
                cell.reported = true;
                firstOver = true;
            }
        }
        return new Admission(counted, used, over, firstOver);
    }

    /** Lets the shared table decide; null when the account was retired meanwhile and the caller must start over. */
    private Admission exchange(long accountId, AccountWindows account, List<Slot> slots) {
        account.exchange.lock();
        try {
            List<SharedCounterStore.Claim> claims = new ArrayList<>();
            int[] claimOf = new int[slots.size()];
            synchronized (account) {
                if (account.retired) {
                    return null;
                }
                // Another thread's exchange may have just refreshed the counts and made room locally.
                Admission local = admitLocally(account, slots, true);
                if (local != null) {
                    return local;
                }
                for (int i = 0; i < slots.size(); i++) {
                    Slot slot = slots.get(i);
                    AccountWindows.Cell cell = account.cell(slot.window());
                    claimOf[i] = -1;
                    if (slot.cost() > 0 && cell.start == slot.start()) {
                        claimOf[i] = claims.size();
                        claims.add(new SharedCounterStore.Claim(
                                new SharedCounterStore.CounterKey(accountId, slot.window(), slot.start()),
                                cell.pending, slot.cost(), slot.limit()));
                        cell.inflight = cell.pending;
                        cell.pending = 0;
                    }
                }
            }
            SharedCounterStore.Claimed claimed;
            try {
                claimed = shared.claim(claims);
            } catch (RuntimeException e) {
                warn("could not decide a request of account " + accountId + " on the shared counters", e);
                return failOpen(account, slots, claimOf);
            }
            synchronized (account) {
                long[] used = new long[slots.size()];
                for (int i = 0; i < slots.size(); i++) {
                    Slot slot = slots.get(i);
                    AccountWindows.Cell cell = account.cell(slot.window());
                    boolean current = cell.start == slot.start();
                    if (claimOf[i] >= 0 && current) {
                        cell.known = claimed.totals().get(claimOf[i]);
                        cell.inflight = 0;
                    }
                    used[i] = current ? cell.view() : 0;
                }
                return judged(account, slots, claimed.admitted(), used);
            }
        } finally {
            account.exchange.unlock();
        }
    }

    /** The database failed: what was being written stays this node's to write, and the request is admitted. */
    private static Admission failOpen(AccountWindows account, List<Slot> slots, int[] claimOf) {
        synchronized (account) {
            long[] used = new long[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                AccountWindows.Cell cell = account.cell(slot.window());
                if (cell.start != slot.start()) {
                    continue;
                }
                if (claimOf[i] >= 0) {
                    cell.pending += cell.inflight + slot.cost();
                    cell.inflight = 0;
                }
                used[i] = cell.view();
            }
            return judged(account, slots, true, used);
        }
    }

    /**
     * One round of the background sync: writes every account's unwritten units of its current windows and reads the
     * shared totals, in two statements for all accounts together. Accounts whose exchange is busy are left to it.
     * Public so tests can drive it without waiting.
     */
    public synchronized void reconcile() {
        if (shared == null) {
            return;
        }
        long now = clock.millis();
        Map<SharedCounterStore.CounterKey, Long> deltas = new HashMap<>();
        Map<SharedCounterStore.CounterKey, AccountWindows> owners = new HashMap<>();
        List<AccountWindows> held = new ArrayList<>();
        try {
            for (Map.Entry<Long, AccountWindows> entry : accounts.entrySet()) {
                AccountWindows account = entry.getValue();
                if (!account.exchange.tryLock()) {
                    continue;
                }
                held.add(account);
                collect(entry.getKey(), account, now, deltas, owners);
            }
            if (!deltas.isEmpty()) {
                exchangeAll(deltas, owners);
            }
        } finally {
            held.forEach(account -> account.exchange.unlock());
        }
        purge(now);
    }

    /** Takes the account's unwritten units of its current windows; retires an account with none. */
    private void collect(long accountId, AccountWindows account, long now,
                         Map<SharedCounterStore.CounterKey, Long> deltas,
                         Map<SharedCounterStore.CounterKey, AccountWindows> owners) {
        synchronized (account) {
            boolean active = false;
            for (RateWindow window : RateWindow.values()) {
                AccountWindows.Cell cell = account.existing(window);
                // A window that is over no longer decides anything, so its last unwritten units are let go.
                if (cell == null || cell.start + window.lengthMillis() <= now) {
                    continue;
                }
                active = true;
                SharedCounterStore.CounterKey key = new SharedCounterStore.CounterKey(accountId, window, cell.start);
                deltas.put(key, cell.pending);
                owners.put(key, account);
                cell.inflight = cell.pending;
                cell.pending = 0;
            }
            if (!active) {
                account.retired = true;
                accounts.remove(accountId, account);
            }
        }
    }

    private void exchangeAll(Map<SharedCounterStore.CounterKey, Long> deltas,
                             Map<SharedCounterStore.CounterKey, AccountWindows> owners) {
        Map<SharedCounterStore.CounterKey, Long> totals;
        try {
            totals = shared.exchange(deltas);
        } catch (RuntimeException e) {
            warn("could not exchange counts with the shared counters", e);
            totals = null;
        }
        for (Map.Entry<SharedCounterStore.CounterKey, AccountWindows> entry : owners.entrySet()) {
            SharedCounterStore.CounterKey key = entry.getKey();
            AccountWindows account = entry.getValue();
            synchronized (account) {
                AccountWindows.Cell cell = account.existing(key.window());
                if (cell == null || cell.start != key.windowStart()) {
                    continue;
                }
                if (totals == null) {
                    cell.pending += cell.inflight;
                } else {
                    cell.known = totals.getOrDefault(key, cell.known + cell.inflight);
                }
                cell.inflight = 0;
            }
        }
    }

    private void purge(long now) {
        if (lastPurge != Long.MIN_VALUE && now - lastPurge < PURGE_EVERY_MILLIS) {
            return;
        }
        lastPurge = now;
        try {
            int deleted = shared.purgeBefore(now - KEEP_MILLIS);
            LOG.debug("rate limits: purged {} shared counter rows", deleted);
        } catch (RuntimeException e) {
            warn("could not purge old shared counters", e);
        }
    }

    /** Once a minute at most: a database outage would otherwise log on every request. */
    private void warn(String what, RuntimeException e) {
        long now = clock.millis();
        long last = lastWarning.get();
        if ((last == Long.MIN_VALUE || now - last >= WARN_EVERY_MILLIS) && lastWarning.compareAndSet(last, now)) {
            LOG.warn("rate limits: {} ({}); counting on this node alone until it answers", what, e.toString());
        }
    }

    /** Stops the background sync; counts not yet written are let go (they only matter within their window). */
    @Override
    public void close() {
        if (sync != null) {
            sync.close();
        }
    }
}
