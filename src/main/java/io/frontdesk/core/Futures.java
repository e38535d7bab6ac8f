package io.frontdesk.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting on work started on another thread so that its failure reaches the caller as if the caller had done it. */
public final class Futures {

    private Futures() {
    }

    /**
     * The future's value; when it failed, its cause thrown as it was, as if the work had run on this thread (a start-up
     * error keeps its own type and message for the command line's one-line report, a report's previous period its
     * 400, 404 or timeout, instead of arriving wrapped). A checked cause stays wrapped: nothing can rethrow it
     * unchecked.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
