package io.frontdesk.db;

/**
 * Marks the current thread's database work as serving a request, which the statement timeout binds
 * ({@link StatementWatchdog}), and names the request's {@link Client}, whose leaving cancels the work early.
 * Background work (jobs, the outbox, upkeep) and administration commands are not bound: a job's transaction may
 * rightly take longer than a request may, and a job cancelled at every attempt would never finish.
 */
public final class RequestWork {

    private static final ThreadLocal<Client> SERVING = new ThreadLocal<>();

    private RequestWork() {
    }

    /** What {@link #run} runs. */
    public interface Task {
        void run() throws Exception;
    }

    /**
     * The client that asked for the work, as the watchdog sees it: a request whose client has left has nobody to answer,
     * so its statement is cancelled instead of running on until the statement timeout.
     */
    public interface Client {

        /** A client that never leaves: work bound by the statement timeout alone. */
        Client STAYS = () -> false;

        /**
         * Whether the client has left. Asked from the watchdog's thread, a few times a second, only while a use of a
         * connection by the work has run for a while, and never at the same time as that use ends.
         */
        boolean gone();
    }

    /** Runs {@code task} as a request's work, bound by the statement timeout alone. */
    public static void run(Task task) throws Exception {
        run(task, Client.STAYS);
    }

    /** Runs {@code task} as a request's work for {@code client}. */
    public static void run(Task task, Client client) throws Exception {
        Client outer = SERVING.get();
        SERVING.set(outer == null ? client : outer);
        try {
            task.run();
        } finally {
            if (outer == null) {
                SERVING.remove();
            }
        }
    }

    /** The current thread's request's client, or null outside a request's work. */
    static Client client() {
        return SERVING.get();
    }
}
