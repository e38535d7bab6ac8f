package io.frontdesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Principals of recently presented keys and tokens, by the hash of the secret, so that a request does not spend a
 * round trip (PostgreSQL) or a read (SQLite) proving who it is (measured: a fifth or more added to PostgreSQL's reads a
 * second; see docs/benchmarks.md for SQLite's).
 *
 * <p>The cache holds entries only while it is {@linkplain #activate() active}: while something hears the changes to
 * credentials and tokens made anywhere (another node, the command line, an operator's SQL) and calls
 * {@link #invalidateAll()} on each (PostgreSQL's notices, SQLite's polled count). Without it, or while it is
 * reconnecting, every lookup goes to the store. A load that started before an invalidation is not stored after it:
 * {@link #generation()} is read before the load and {@link #put} refuses a stale one, so a revocation cannot be undone
 * by a request that read the row just before it.
 *
 * <p>Only found credentials are kept; an unknown secret always reaches the store, so random secrets cannot fill the
 * cache and a new key works at once. A token's expiry is checked at each hit; every entry is reloaded after
 * {@code maxAge} whatever happens, as a bound on a listener that is silently cut off.
 */
public final class CredentialCache {

    /** Enough for every key of a large deployment; past it the cache starts over rather than track use. */
    static final int DEFAULT_MAX_ENTRIES = 10_000;
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);

    private record Entry(Principal principal, Instant usableUntil) {
    }

    private final Clock clock;
    private final int maxEntries;
    private final Duration maxAge;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Changed on every invalidation and every change of activity; guarded by this. */
    private long generation;
    private volatile boolean active;

    public CredentialCache(Clock clock, int maxEntries, Duration maxAge) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
    }

    public static CredentialCache create(Clock clock) {
        return new CredentialCache(clock, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_AGE);
    }

    /** The principal stored for {@code key}, or null when there is none usable now. */
    Principal get(String key) {
        if (!active) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.usableUntil())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.principal();
    }

    /** To be read before loading what {@link #put} is then given. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps {@code principal} until {@code expiresAt} (null: no expiry of its own) or the cache's maximum age, unless
     * the cache was invalidated or is inactive since {@code loadedAt} was read from {@link #generation()}.
     */
    synchronized void put(String key, Principal principal, Instant expiresAt, long loadedAt) {
        if (!active || loadedAt != generation) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        Instant until = clock.instant().plus(maxAge);
        if (expiresAt != null && expiresAt.isBefore(until)) {
            until = expiresAt;
        }
        entries.put(key, new Entry(principal, until));
    }

    /** Forgets everything: a credential or token changed somewhere. */
    public synchronized void invalidateAll() {
        generation++;
        entries.clear();
    }

    /** Starts keeping entries: the listener for changes is in place. */
    public synchronized void activate() {
        generation++;
        entries.clear();
        active = true;
    }

    /** Stops keeping entries and forgets them: changes can no longer be heard. */
    public synchronized void deactivate() {
        active = false;
        generation++;
        entries.clear();
    }

    public boolean active() {
        return active;
    }
}
