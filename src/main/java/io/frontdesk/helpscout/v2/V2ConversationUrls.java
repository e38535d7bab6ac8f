package io.frontdesk.helpscout.v2;

/** Absolute hrefs of conversations and what hangs off them; clients follow them verbatim. */
final class V2ConversationUrls {

    private V2ConversationUrls() {
    }

    static String conversation(String base, long conversationId) {
        return base + "/v2/conversations/" + conversationId;
    }

    static String threads(String base, long conversationId) {
        return conversation(base, conversationId) + "/threads";
    }

    static String thread(String base, long conversationId, long threadId) {
        return threads(base, conversationId) + "/" + threadId;
    }

    static String attachmentData(String base, long conversationId, long attachmentId) {
        return conversation(base, conversationId) + "/attachments/" + attachmentId + "/data";
    }

    static String attachmentFile(String base, long conversationId, long attachmentId) {
        return conversation(base, conversationId) + "/attachments/" + attachmentId + "/file";
    }

    /** The conversation in the web interface, Help Scout's `Web-Location` form `/conversation/{id}/{number}`. */
    static String web(String base, long conversationId, long number) {
        return base + "/conversation/" + conversationId + "/" + number;
    }

    static String mailbox(String base, long mailboxId) {
        return base + "/v2/mailboxes/" + mailboxId;
    }

    static String user(String base, long userId) {
        return base + "/v2/users/" + userId;
    }
}
