package io.frontdesk.web;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.javalin.config.Key;
import io.javalin.http.Context;

import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * A budget for the bodies over the default limit (attachment uploads, large conversations) that the server holds at
 * once. Such a body costs several times its size in heap while it is handled (its bytes, the parsed JSON string, the
 * decoded file), and sixteen 10 MB uploads at once ran a server out of memory and answered 500. A body that does not
 * fit in what is left is refused before a byte of it is read: 503 in the dialect's format with `Retry-After: 1` and
 * `Connection: close` (its body stays unread). The budget is counted in body bytes, in kilobytes.
 */
final class LargeBodies {

    /** Per server, like the public URL: two servers in one JVM have budgets of their own. */
    static final Key<LargeBodies> KEY = new Key<>("frontdesk.large-bodies");

    /** The smallest budget: one body of the largest limit fits. */
    static final long MINIMUM = 16L * 1024 * 1024;

    private static final String HELD = "frontdesk.large-body-kb";

    private final Semaphore kilobytes;

    LargeBodies(long bytes) {
        this.kilobytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, Math.max(MINIMUM, bytes) / 1024));
    }

    /**
     * The default budget: a sixteenth of the heap, at least {@link #MINIMUM}. At several bytes of heap per body byte
     * at the peak of an upload, that keeps large bodies to about half of the heap.
     */
    static long defaultBudget(long maxHeap) {
        return Math.max(MINIMUM, maxHeap / 16);
    }

    /** Holds {@code bytes} of the budget until the request ends, or refuses the request with 503. */
    static void reserve(Context ctx, long bytes) {
        LargeBodies budget = ctx.appData(KEY);
        int kb = (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024);
        if (!budget.kilobytes.tryAcquire(kb)) {
            ctx.header("Connection", "close");
            throw new ApiException(ErrorKind.UNAVAILABLE,
                    "Service unavailable: too many large request bodies at once; retry shortly", List.of(), 1);
        }
        ctx.attribute(HELD, kb);
    }

    /** Runs after every request: gives back what it held. */
    static void release(Context ctx) {
        Integer kb = ctx.attribute(HELD);
        if (kb != null) {
            ctx.req().removeAttribute(HELD);
            ctx.appData(KEY).kilobytes.release(kb);
        }
    }
}
