package io.frontdesk.webhook;

/**
 * What one HTTP attempt came to.
 *
 * @param statusCode null when no answer came
 * @param excerpt    the first 1 KB of the answer's body (UTF-8, invalid bytes replaced); empty when none
 * @param error      why it failed, for the log and the delivery log; null when an answer came
 */
public record SendResult(Integer statusCode, long durationMs, String excerpt, String error) {

    public boolean success() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public static SendResult failed(long durationMs, String error) {
        return new SendResult(null, durationMs, "", error);
    }

    /** The failure in a few words: the status, or the error. */
    public String reason() {
        return statusCode != null ? "HTTP " + statusCode : error;
    }
}
