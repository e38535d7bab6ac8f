package io.frontdesk.conversation;

/**
 * A conversation's value of one of its mailbox's custom fields. {@code value} is what is stored (a dropdown's option
 * id, a number in plain notation, a date as yyyy-MM-dd); {@code text} is what it displays (the option's label).
 */
public record CustomFieldValue(long id, String name, String value, String text) {
}
