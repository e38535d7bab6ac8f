package io.frontdesk.conversation;

import java.util.Locale;

/** Published, a draft (created with a draft reply and not yet published), or deleted (in the trash). */
public enum ConversationState {
    PUBLISHED, DRAFT, DELETED;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationState fromStored(String token) {
        return token == null ? PUBLISHED : valueOf(token.toUpperCase(Locale.ROOT));
    }
}
