package io.frontdesk.queue;

import java.time.Duration;

/**
 * How one node works one queue.
 *
 * @param name         the queue's name in logs and thread names ({@code jobs}, {@code outbox}, {@code webhooks})
 * @param pollInterval the pause between polls when nothing more is due
 * @param lease        how long a claim keeps other nodes away from an item
 * @param itemBudget   the longest one attempt may take; an item is started only while its lease has at least this
 *                     much left, so another node never takes over an item that is still being worked on
 * @param batchSize    items claimed per poll
 * @param concurrency  items worked on at once; above one, a slow item does not hold up the others
 * @param retries      the backoff between attempts and when to give up
 * @param jitter       a fraction (0 to 0.5) by which each wait is lengthened at random, so that items that failed
 *                     together are not all tried again at the same instant
 */
public record QueueSettings(String name, Duration pollInterval, Duration lease, Duration itemBudget, int batchSize,
                            int concurrency, RetrySchedule retries, double jitter) {

    public QueueSettings {
        if (!name.matches("[a-z]+") || pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1
                || concurrency < 1 || lease.compareTo(itemBudget) <= 0 || jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("bad settings for queue " + name);
        }
    }
}
