package io.frontdesk.admin;

import java.time.Instant;
import java.util.Map;

/**
 * One vendor API request as the journal keeps it, secrets already redacted.
 *
 * @param query     the raw query string with secret parameters' values replaced, or null
 * @param body      the body the handler read (at most {@link RequestJournal#BODY_LIMIT} characters), or null
 * @param accountId the authenticated account, or null
 */
record JournalEntry(long sequence, Instant at, String dialect, String method, String path, String query,
                    Map<String, String> headers, String body, boolean bodyTruncated, int status, double durationMs,
                    Long accountId) {
}
