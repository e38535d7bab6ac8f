package io.frontdesk.mail;

/**
 * The durable queue of outgoing email. {@link #enqueue} is called inside the caller's transaction, so a message
 * exists exactly when the thread that caused it was committed; a background worker sends it later, retrying with
 * backoff, once per message even across restarts and several nodes. The one exception is a crash between the mail
 * server's acceptance and the record of it, which sends that message again with the same Message-ID (docs/email.md).
 */
public interface Outbox {

    /**
     * Queues the message in the current transaction. A Message-ID that was queued before is left as it is, so
     * queueing twice sends once.
     *
     * @throws IllegalArgumentException when the message has no recipient, a Message-ID with white space or angle
     *                                  brackets, or a line break in an address, the sender or the subject
     */
    void enqueue(OutgoingMessage message);

    /** False when {@link #enqueue} drops everything, so a caller can skip the reads that only a message needs. */
    default boolean sends() {
        return true;
    }

    /** An outbox that drops everything: outgoing mail is off (no SMTP host configured). */
    Outbox DISABLED = new Outbox() {
        @Override
        public void enqueue(OutgoingMessage message) {
        }

        @Override
        public boolean sends() {
            return false;
        }
    };
}
