package io.frontdesk.customer;

/** An entry to create; {@code type} null means the kind's default. */
public record NewEntry(EntryKind kind, String value, String type) {
}
