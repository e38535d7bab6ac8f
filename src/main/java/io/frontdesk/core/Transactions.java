package io.frontdesk.core;

import java.util.function.Supplier;

/**
 * One unit of work across stores. Services wrap each write in it so that a rejected request changes nothing.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the current transaction has committed, on the committing thread; at once when there is
     * no transaction; never when it rolls back. For signals that must not run ahead of the data they announce (waking
     * a queue's lane for what the transaction queued): an action that throws is the caller's to catch.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
