package io.frontdesk.queue;

import java.time.Duration;

/**
 * Exponential backoff: after the first failed attempt wait {@code first}, then twice as long each time, never more
 * than {@code max}; after {@code maxAttempts} attempts the item is given up. The default waits 30 s, 1 min, 2 min,
 * 4 min, 8 min, 16 min, 32 min, 1 h, 1 h between ten attempts: about three hours before an item fails.
 *
 * @param first       the wait after the first failed attempt
 * @param max         the longest wait
 * @param maxAttempts attempts before giving up, at least 1
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("bad retry schedule: " + first + ", " + max + ", " + maxAttempts);
        }
    }

    /** Whether another attempt follows the {@code attempts}-th failed one. */
    public boolean giveUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
