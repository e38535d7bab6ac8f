package io.frontdesk.conversation;

import java.time.Instant;

/** Where a merged conversation went: its threads now belong to {@code into}. */
public record Merged(long into, Instant at) {
}
