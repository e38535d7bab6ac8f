package io.frontdesk.sandbox.jdbc;

/**
 * A foreign key made again {@code NOT VALID} by a swap ({@link TableSwap}), to validate after the answer.
 *
 * @param table quoted, in the live schema
 * @param name  quoted
 */
record UncheckedKey(String table, String name) {
}
