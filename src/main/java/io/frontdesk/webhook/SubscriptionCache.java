package io.frontdesk.webhook;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each account's enabled subscriptions as the fan-out last read them, so that a change of an account without any
 * costs no read of them (on PostgreSQL a round trip: as much as the event record's own insert). Entries are kept only
 * while {@link SubscriptionChanges} hears every change, and all are dropped when its version moves; a read that began
 * before a change is not kept after it.
 */
public final class SubscriptionCache {

    /** Enough for every account of a large deployment; past it the cache starts over. */
    static final int MAX_ACCOUNTS = 100_000;

    private final SubscriptionStore store;
    private final SubscriptionChanges changes;
    private final ConcurrentHashMap<Long, List<Subscription>> byAccount = new ConcurrentHashMap<>();
    /** The version the entries were read at; guarded by this. */
    private long version = SubscriptionChanges.UNKNOWN;

    public SubscriptionCache(SubscriptionStore store, SubscriptionChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    /** The account's enabled subscriptions, oldest first, in the caller's transaction when read. */
    public List<Subscription> enabled(long accountId) {
        long now = changes.version();
        if (now == SubscriptionChanges.UNKNOWN) {
            return store.enabled(accountId);
        }
        synchronized (this) {
            if (now != version) {
                byAccount.clear();
                version = now;
            }
        }
        List<Subscription> cached = byAccount.get(accountId);
        if (cached != null) {
            return cached;
        }
        List<Subscription> read = List.copyOf(store.enabled(accountId));
        synchronized (this) {
            if (version == now && changes.version() == now) {
                if (byAccount.size() >= MAX_ACCOUNTS) {
                    byAccount.clear();
                }
                byAccount.put(accountId, read);
            }
        }
        return read;
    }
}
