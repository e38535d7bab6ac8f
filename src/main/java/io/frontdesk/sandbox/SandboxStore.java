package io.frontdesk.sandbox;

import java.util.List;

/** What the sandbox does to the database as a whole, beyond what the features' own stores offer. */
public interface SandboxStore {

    /** Deletes an account and everything it owns, in the current transaction; false when there was none. */
    boolean deleteAccount(long accountId);

    /**
     * Lets the current transaction's commit return before its changes reach the disk: a crash of the database server
     * may then lose the last moments' commits, never half of one. For throwaway data only. PostgreSQL otherwise waits
     * for a flush of its log at every commit (most of a small transaction's time); SQLite, in WAL mode with
     * synchronous=NORMAL, never waits at commit, so this changes nothing there.
     */
    void commitWithoutFlush();

    /** Every row that belongs to the account (its own row and every table with an account_id), parents first. */
    List<TableRows> accountRows(long accountId);

    /** Deletes the account and writes {@code rows} back, parents first, in the current transaction. */
    void restoreAccount(long accountId, List<TableRows> rows);

    /**
     * Deletes every row of every table (the schema history aside) and starts every id sequence again at 1, in the
     * current transaction.
     */
    void wipe();

    /** Every row of every data table and the id sequences, read in the current transaction (one snapshot). */
    DatabaseCopy copy();

    /** {@link #wipe} and then every row of {@code copy} written back and the sequences set where they stood. */
    void restore(DatabaseCopy copy);

    /**
     * The account's webhook deliveries, newest first, with the id of the event's subject (the conversation or
     * customer) when the event record still has it.
     *
     * @param event      the delivery's event name (convo.created) or the core event type; null for all
     * @param resourceId the event subject's id; null for all
     */
    List<DeliveryView> deliveries(long accountId, String event, Long resourceId, boolean deliveredOnly, int limit);
}
