package io.frontdesk.customer;

/** A live customer's id and first email (null when it has none): enough to name it on a thread and to write to it. */
public record CustomerContact(long id, String email) {
}
