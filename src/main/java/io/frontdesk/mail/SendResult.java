package io.frontdesk.mail;

/**
 * What became of one attempt to hand a message to the mail server.
 *
 * @param outcome whether the server took the message, and if not, whether trying again can help
 * @param detail  a short reason for a failure (an SMTP reply code and text, an exception class), never a secret or a
 *                message body; empty when sent
 */
public record SendResult(Outcome outcome, String detail) {

    /** The three things an attempt can end in. */
    public enum Outcome {
        /** The server accepted the message: it is never sent again. */
        SENT,
        /** A temporary failure (connection refused, timeout, 4xx reply): try again later. */
        RETRY,
        /** A failure that repeats on every attempt (5xx reply, malformed address): give up at once. */
        PERMANENT
    }

    private static final int MAX_DETAIL = 500;

    public SendResult {
        detail = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, "");
    }

    public static SendResult retry(String detail) {
        return new SendResult(Outcome.RETRY, detail);
    }

    public static SendResult permanent(String detail) {
        return new SendResult(Outcome.PERMANENT, detail);
    }
}
