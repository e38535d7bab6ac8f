package io.frontdesk.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for what happens a moment later by design (a notification between nodes, a background job). */
public final class Await {

    private Await() {
    }

    /** Checks every 20 ms; fails naming {@code what} when {@code done} is still false after {@code within}. */
    public static void until(String what, Duration within, BooleanSupplier done) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within.toMillis() + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
        }
    }
}
