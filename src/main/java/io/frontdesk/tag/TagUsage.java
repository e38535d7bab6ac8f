package io.frontdesk.tag;

/**
 * A tag with the number of conversations carrying it (Help Scout's `ticketCount`, 1.0's `count`). Customers carrying
 * it (HelpCrunch tags) are not counted: they are not tickets.
 */
public record TagUsage(Tag tag, long conversations) {
}
