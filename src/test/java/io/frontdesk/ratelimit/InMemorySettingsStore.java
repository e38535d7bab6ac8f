package io.frontdesk.ratelimit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Settings in a map, counting reads so tests can see the cache at work. */
final class InMemorySettingsStore implements RateLimitSettingsStore {

    private final Map<Long, RateLimitSettings> rows = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Optional<RateLimitSettings> find(long accountId) {
        reads.incrementAndGet();
        return Optional.ofNullable(rows.get(accountId));
    }

    @Override
    public void save(long accountId, RateLimitSettings settings, Instant now) {
        rows.put(accountId, settings);
    }
}
