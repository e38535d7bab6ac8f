package io.frontdesk.junit;

import java.time.Instant;

/**
 * The sandbox's clock ({@code GET /_frontdesk/clock}).
 *
 * @param controllable false when the server runs without clock control: it can be read, not moved
 */
public record ClockReading(Instant now, boolean frozen, boolean controllable) {
}
