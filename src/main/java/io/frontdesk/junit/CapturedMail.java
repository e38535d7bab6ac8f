package io.frontdesk.junit;

import java.time.Instant;
import java.util.Map;

/**
 * An email the sandbox would have sent ({@code GET /_frontdesk/mail}).
 *
 * @param headers From, To, Cc, Subject, Message-ID, In-Reply-To, References (those the message has)
 * @param threadId null for mail that belongs to no thread
 * @param html     null for a plain-text message
 */
public record CapturedMail(long sequence, Instant capturedAt, long accountId, long conversationId, Long threadId,
                           Map<String, String> headers, String text, String html) {

    public String subject() {
        return headers.get("Subject");
    }

    public String to() {
        return headers.get("To");
    }
}
