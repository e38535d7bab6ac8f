package io.frontdesk.sandbox;

/**
 * A whole database as a snapshot keeps it, in the form its store restores fastest (docs/sandbox.md, "Snapshots"):
 * SQLite's a database file, PostgreSQL's each table in COPY's binary form.
 */
public interface DatabaseCopy {

    /** How many rows the data tables held when it was taken. */
    long rows();
}
