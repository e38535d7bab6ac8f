package io.frontdesk.junit;

import java.time.Instant;

/** A named copy of the whole store, in the server's memory ({@code /_frontdesk/snapshots}). */
public record Snapshot(String name, Instant takenAt, long rows) {
}
