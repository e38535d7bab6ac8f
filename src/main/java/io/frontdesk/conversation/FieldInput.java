package io.frontdesk.conversation;

/** A custom-field value as a client sent it; {@code value} null or blank removes the value. */
public record FieldInput(long fieldId, String value) {
}
