package io.frontdesk.sandbox;

/**
 * A whole database as a snapshot keeps it, in the form its store restores fastest (docs/sandbox.md, "Snapshots"):
 * SQLite's a database file, PostgreSQL's a schema of its own in the database holding a copy
 * of each table that held rows (restored by difference).
 */
public interface DatabaseCopy {

    /** How many rows the data tables held when it was taken. */
    long rows();
}
