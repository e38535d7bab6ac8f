package io.frontdesk.queue;

import java.time.Duration;

/** What became of one attempt at an item; the worker records the failures, the queue records a success itself. */
public sealed interface Outcome {

    /** The work is done and recorded. */
    record Done() implements Outcome {
    }

    /**
     * The attempt failed in a way another attempt may mend. The next one follows the queue's retry schedule, or
     * {@code after} when the other side said when (HTTP {@code Retry-After}); past the schedule's last attempt the item is
     * given up.
     */
    record Retry(String reason, Duration after) implements Outcome {
    }

    /** The item will never succeed (a mail server's permanent refusal, a webhook answered 410). */
    record GiveUp(String reason) implements Outcome {
    }

    static Outcome done() {
        return new Done();
    }

    static Outcome retry(String reason) {
        return new Retry(reason, null);
    }

    /**
     * A retry for an attempt that threw: the reason is the innermost cause's class and message. Wrapping exceptions
     * are left out on purpose: a statement exception prints its bound arguments, which may hold personal data.
     */
    static Outcome retry(Throwable error) {
        return new Retry(rootCause(error), null);
    }

    static Outcome retryAfter(String reason, Duration after) {
        return new Retry(reason, after);
    }

    static Outcome giveUp(String reason) {
        return new GiveUp(reason);
    }

    /** The innermost cause's class and message, for logs and the rows' {@code last_error}. */
    static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getName() : root.getClass().getName() + ": " + message;
    }
}
