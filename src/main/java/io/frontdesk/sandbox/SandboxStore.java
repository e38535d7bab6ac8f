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

    /**
     * {@link #accountRows} of an account made in the current transaction: the store may read only the tables the
     * transaction wrote, since no other row can hold a new account's id.
     */
    List<TableRows> newAccountRows(long accountId);

    /**
     * Deletes everything the account owns and writes {@code rows} back, parents first, in one transaction of its own
     * (not the caller's: SQLite switches foreign keys off for it, which only a connection outside a transaction can).
     */
    void restoreAccount(long accountId, List<TableRows> rows);

    /**
     * Deletes every row of every table (the schema history aside) and starts every id sequence again at 1, in the
     * current transaction.
     */
    void wipe();

    /**
     * The whole database as it is now (every data table, where each id sequence stands), taken in one consistent
     * view. Not in a transaction of the caller's: the store takes what it needs.
     */
    DatabaseCopy copy();

    /**
     * The whole database put back as {@code copy} found it, in one step that a concurrent request sees whole or not
     * at all. Not in a transaction of the caller's.
     */
    void restore(DatabaseCopy copy);

    /** Frees what {@code copy} holds (SQLite's file, PostgreSQL's schema); it is not restored again. */
    void discard(DatabaseCopy copy);

    /**
     * True when putting back a saved state is cheaper than emptying the store row by row and writing it again: SQLite
     * copies the saved file's pages; PostgreSQL writes only the rows that differ (where the role may run without
     * triggers, else it writes every row).
     */
    boolean restoresFast();

    /**
     * Runs {@code work} (which opens its own transactions) with no other write of this process in between, so that a
     * {@link #copy} made at its end holds exactly what work left.
     */
    <T> T exclusively(java.util.function.Supplier<T> work);

    /**
     * The account's webhook deliveries, newest first, with the id of the event's subject (the conversation or
     * customer) when the event record still has it.
     *
     * @param event      the delivery's event name (convo.created) or the core event type; null for all
     * @param resourceId the event subject's id; null for all
     */
    List<DeliveryView> deliveries(long accountId, String event, Long resourceId, boolean deliveredOnly, int limit);
}
