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

    /**
     * Runs {@code work} inside the current transaction so that, when it throws, what it wrote is undone and the
     * transaction goes on as it was before (a savepoint: on PostgreSQL a failed statement would otherwise leave the
     * whole transaction aborted). Outside a transaction, {@code work} gets a transaction of its own.
     */
    default <T> T inSavepoint(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
