package io.frontdesk.webhook;

/**
 * What tells the fan-out's {@link SubscriptionCache} that subscriptions changed, wherever they were changed (this
 * node, another node, the command line, an operator's SQL). SQLite counts every change in a row the fan-out reads in
 * the change's own transaction (under the one write lock, so it is exact); PostgreSQL notifies the nodes, which count
 * the notices in memory.
 */
public interface SubscriptionChanges extends AutoCloseable {

    /** What {@link #version} answers while changes cannot be heard: the cache then reads every time. */
    long UNKNOWN = Long.MIN_VALUE;

    /** A number that moves whenever a subscription is created, deleted, or changed in what the fan-out reads. */
    long version();

    /** This node changed a subscription and committed; where notices arrive later, the version moves now. */
    void changed();

    /** Starts hearing changes in the background where that needs a thread; a second call does nothing. */
    void start();

    @Override
    void close();
}
