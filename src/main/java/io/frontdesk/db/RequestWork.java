package io.frontdesk.db;

/**
 * Marks the current thread's database work as serving a request, which the statement timeout binds
 * ({@link StatementWatchdog}). Background work (jobs, the outbox, upkeep) and administration commands are not bound:
 * a job's transaction may rightly take longer than a request may, and a job cancelled at every attempt would never
 * finish.
 */
public final class RequestWork {

    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();

    private RequestWork() {
    }

    /** What {@link #run} runs. */
    public interface Task {
        void run() throws Exception;
    }

    /** Runs {@code task} as a request's work. */
    public static void run(Task task) throws Exception {
        Boolean outer = SERVING.get();
        SERVING.set(Boolean.TRUE);
        try {
            task.run();
        } finally {
            if (outer == null) {
                SERVING.remove();
            }
        }
    }

    static boolean serving() {
        return SERVING.get() != null;
    }
}
