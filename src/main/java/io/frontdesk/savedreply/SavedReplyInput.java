package io.frontdesk.savedreply;

/** The fields a create or a complete replacement gives; null text is no text. */
public record SavedReplyInput(String name, String text, String chatText) {
}
