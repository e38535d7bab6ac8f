package io.frontdesk.webhook;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again and when a subscription is given up on. The default tries a delivery ten
 * times, waiting 1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 4 h, 8 h and 8 h between attempts (23 h 51 min in all, about
 * a day, so a receiver down for a night gets its events) plus up to a fifth more of each wait at random, so the
 * deliveries that failed together during an outage do not all come back in the same second. After 50 failed attempts
 * in a row, over all of a subscription's deliveries, the subscription is disabled.
 *
 * @param waits       the wait after each failed attempt; one attempt more than waits in all
 * @param jitter      the largest random addition, as a fraction of the wait
 * @param disableAfter consecutive failed attempts that disable a subscription
 * @param random      a number in [0, 1) per wait
 */
public record DeliveryPolicy(List<Duration> waits, double jitter, int disableAfter, DoubleSupplier random) {

    public static final List<Duration> DEFAULT_WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(8));

    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(DEFAULT_WAITS, 0.2, 50, Math::random);

    public DeliveryPolicy {
        waits = List.copyOf(waits);
        if (jitter < 0 || jitter > 1 || disableAfter < 1) {
            throw new IllegalArgumentException("bad delivery policy");
        }
    }

    public int maxAttempts() {
        return waits.size() + 1;
    }

    /** Whether the {@code attempts}-th failed attempt was the last. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts();
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first), jitter included. */
    public Duration delayAfter(int attempts) {
        Duration wait = waits.get(Math.min(Math.max(attempts, 1), waits.size()) - 1);
        long extra = (long) (wait.toMillis() * jitter * random.getAsDouble());
        return wait.plusMillis(extra);
    }
}
