package io.frontdesk.conversation;

/** An attachment's bytes with what a download needs to label them. */
public record AttachmentFile(String fileName, String mimeType, byte[] data) {
}
