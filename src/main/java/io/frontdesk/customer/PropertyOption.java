package io.frontdesk.customer;

/** One choice of a dropdown property; clients may name it by id or by label. */
public record PropertyOption(String id, int order, String label) {
}
