package io.frontdesk.report;

import java.time.Instant;

/**
 * A published thread as written: its own date (an import's, or when it was written) and the user who wrote it.
 *
 * @param imported written with a date of its own, which is then when it happened
 */
public record RecordedThread(long id, boolean customer, boolean reply, Instant createdAt, Long userId,
                             boolean imported) {
}
