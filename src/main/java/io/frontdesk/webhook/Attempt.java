package io.frontdesk.webhook;

import java.time.Instant;

/**
 * One try at sending a delivery, as the delivery log keeps it.
 *
 * @param statusCode      the receiver's HTTP status; null when no answer came (refused address, timeout, reset)
 * @param responseExcerpt at most the first 1 KB of the answer's body
 * @param error           why the attempt failed, null on a 2xx
 */
public record Attempt(long deliveryId, Instant attemptedAt, Integer statusCode, long durationMs,
                      String responseExcerpt, String error, String node) {
}
