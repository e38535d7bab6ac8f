package io.frontdesk.mailbox;

/** One choice of a dropdown field; conversations store the option's id as the field's value. */
public record FieldOption(long id, int order, String label) {
}
