package io.frontdesk.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address and per OAuth client id, in fixed minutes aligned to the epoch
 * like {@link RateWindow}'s, and refuses further attempts once a key has used up its minute ({@link FailureLimits}).
 * Successes are not counted, so a working client is never slowed by its own traffic.
 *
 * <p>The count is this node's alone, in memory, unlike the accounts' request limits. A failure has no account to
 * share a row under, and writing one row per failed guess to the shared database would hand whoever guesses a way to
 * load it. With N nodes an attacker gets at most N times the limit, which against generated secrets (about 165 bits)
 * changes nothing; docs/reliability.md says more.
 */
public final class AuthFailures {

    /** The length of a counted window. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Keys held at once; beyond it new keys go uncounted until the minute turns, so memory stays bounded. */
    static final int MAX_KEYS = 100_000;
    /** Client ids are the client's text: long ones are counted by their beginning. */
    static final int MAX_CLIENT_ID = 128;

    private static final Logger LOG = LoggerFactory.getLogger(AuthFailures.class);

    private final FailureLimits limits;
    private final Clock clock;
    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();
    private volatile long purgedWindow = Long.MIN_VALUE;

    public AuthFailures(FailureLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Seconds until the address (and the client id, when there is one) may try again; 0 when it may now.
     *
     * @param clientId an OAuth client id as presented, or null
     */
    public long retryAfterSeconds(String address, String clientId) {
        long start = windowStart(clock.millis());
        boolean blocked = over(addressKey(address), limits.perAddress(), start)
                || clientId != null && over(clientKey(clientId), limits.perClient(), start);
        if (!blocked) {
            return 0;
        }
        long millis = start + WINDOW.toMillis() - clock.millis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** One failed attempt from the address, for the client id when there is one. */
    public void failed(String address, String clientId) {
        long start = windowStart(clock.millis());
        purgeBefore(start);
        if (limits.perAddress() > 0) {
            count(addressKey(address), limits.perAddress(), start);
        }
        if (clientId != null && limits.perClient() > 0) {
            count(clientKey(clientId), limits.perClient(), start);
        }
    }

    private boolean over(String key, int limit, long start) {
        if (limit == 0) {
            return false;
        }
        Count count = counts.get(key);
        return count != null && count.atLeast(limit, start);
    }

    private void count(String key, int limit, long start) {
        Count count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_KEYS) {
                return;
            }
            count = counts.computeIfAbsent(key, k -> new Count());
        }
        if (count.add(start) == limit) {
            // once per key and minute: enough for an operator to see who is guessing, not a line per guess
            LOG.warn("authentication: {} failed {} times this minute; refused until the minute ends", key, limit);
        }
    }

    /** Once a minute, the first failure of the new minute drops the keys of earlier ones. */
    private void purgeBefore(long start) {
        if (purgedWindow >= start) {
            return;
        }
        purgedWindow = start;
        counts.values().removeIf(count -> count.olderThan(start));
    }

    private static long windowStart(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, WINDOW.toMillis());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String clientKey(String clientId) {
        return "client:" + (clientId.length() <= MAX_CLIENT_ID ? clientId : clientId.substring(0, MAX_CLIENT_ID));
    }

    /** One key's failures in its current minute. */
    private static final class Count {
        private long start = Long.MIN_VALUE;
        private int failures;

        /** The failures of the minute, this one included. */
        synchronized int add(long windowStart) {
            if (start != windowStart) {
                start = windowStart;
                failures = 0;
            }
            return ++failures;
        }

        synchronized boolean atLeast(int limit, long windowStart) {
            return start == windowStart && failures >= limit;
        }

        synchronized boolean olderThan(long windowStart) {
            return start < windowStart;
        }
    }
}
