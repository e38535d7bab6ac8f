package io.frontdesk.customer;

/** One change to a customer's entries. */
public sealed interface EntryChange {

    /** Adds an entry. */
    record Add(NewEntry entry) implements EntryChange {
    }

    /** Changes the value and/or type of the entry with this id; a null part is kept. */
    record Update(EntryKind kind, long id, String value, String type) implements EntryChange {
    }

    /** Removes the entry with this id. */
    record Remove(EntryKind kind, long id) implements EntryChange {
    }

    /**
     * Sets the first entry of a kind: HelpCrunch's single `email` and `phone`. Null removes the first entry; a value
     * updates it, or adds one when there is none.
     */
    record SetFirst(EntryKind kind, String value) implements EntryChange {
    }
}
