package io.frontdesk.conversation;

/** A checked custom-field value in its stored form; {@code number} is set for number fields only. */
public record StoredFieldValue(long fieldId, String value, Double number) {
}
