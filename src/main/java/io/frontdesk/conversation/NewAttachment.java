package io.frontdesk.conversation;

/**
 * A file to attach: already decoded from the client's base64, or named by the hash of an earlier upload
 * ({@link ConversationService#upload}, Help Scout 1.0's two-step attachments), which the service resolves when the
 * thread is written.
 *
 * @param uploadHash null for a file given in full
 */
public record NewAttachment(String fileName, String mimeType, byte[] data, String uploadHash) {

    public NewAttachment(String fileName, String mimeType, byte[] data) {
        this(fileName, mimeType, data, null);
    }

    public static NewAttachment uploaded(String hash) {
        return new NewAttachment(null, null, null, hash);
    }
}
