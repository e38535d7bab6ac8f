package io.frontdesk.core;

import java.util.function.Supplier;

/**
 * One unit of work across stores. Services wrap each write in it so that a rejected request changes nothing.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
