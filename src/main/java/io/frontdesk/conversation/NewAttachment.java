package io.frontdesk.conversation;

/** A file to attach, already decoded from the client's base64. */
public record NewAttachment(String fileName, String mimeType, byte[] data) {
}
