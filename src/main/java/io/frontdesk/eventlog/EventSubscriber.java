package io.frontdesk.eventlog;

/**
 * Called for every recorded event inside the transaction of the change, after the event row is written: what a
 * subscriber writes (a webhook delivery, a workflow's job) commits or rolls back with the change. A subscriber must
 * be quick and must not call out of the process.
 */
@FunctionalInterface
public interface EventSubscriber {

    void onEvent(Event event);
}
