package io.frontdesk.customer;

/** A stored contact entry of a customer. Websites have no type. */
public record Entry(long id, EntryKind kind, String value, String type) {

    /**
     * The longest value of any entry (emails are shorter still: 254). Values are looked up through a B-tree index,
     * whose entries PostgreSQL limits to about 2.7 kB; 255 characters fit in any script and hold real phone numbers,
     * chat handles and profile URLs.
     */
    public static final int MAX_VALUE_LENGTH = 255;
}
