package io.frontdesk.junit;

import java.time.Instant;
import java.util.Map;

/**
 * A vendor API request the sandbox answered ({@code GET /_frontdesk/requests}); secrets in it are redacted.
 *
 * @param dialect {@code helpscout-v2}, {@code helpscout-v1} or {@code helpcrunch}
 * @param query   null when the request had none
 * @param accountId null when the request was not authenticated
 */
public record JournalEntry(long sequence, Instant at, String dialect, String method, String path, String query,
                           Map<String, String> headers, String body, boolean bodyTruncated, int status,
                           double durationMs, Long accountId) {
}
