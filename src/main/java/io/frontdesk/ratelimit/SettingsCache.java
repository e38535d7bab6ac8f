package io.frontdesk.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each account's settings, kept for a short while so a request does not read the database. A change through
 * {@link RateLimitService} in this process is seen at once; one made elsewhere (the `accounts set` command, another
 * node) within {@link #ttl}.
 */
final class SettingsCache {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsCache.class);

    private record Entry(RateLimitSettings settings, long loadedAt) {
    }

    private final RateLimitSettingsStore store;
    private final Clock clock;
    private final long ttlMillis;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    SettingsCache(RateLimitSettingsStore store, Clock clock, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    RateLimitSettings get(long accountId) {
        long now = clock.millis();
        Entry entry = entries.get(accountId);
        if (entry != null && now >= entry.loadedAt() && now - entry.loadedAt() < ttlMillis) {
            return entry.settings();
        }
        RateLimitSettings settings;
        try {
            settings = store.find(accountId).orElse(RateLimitSettings.NONE);
        } catch (RuntimeException e) {
            // The request itself will meet the same database; the limiter keeps what it knew rather than fail it.
            settings = entry == null ? RateLimitSettings.NONE : entry.settings();
            LOG.warn("rate limits: could not read the settings of account {} ({}); using {}", accountId,
                    e.getMessage(), entry == null ? "the defaults" : "the last known ones");
        }
        entries.put(accountId, new Entry(settings, now));
        return settings;
    }

    void forget(long accountId) {
        entries.remove(accountId);
    }
}
