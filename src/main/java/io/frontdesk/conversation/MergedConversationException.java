package io.frontdesk.conversation;

/**
 * A read of a conversation that was merged into another less than {@link ConversationService#MERGE_REDIRECT_DAYS}
 * days ago: the dialect answers with the surviving conversation's location (Help Scout: 301 and `Location`).
 */
public final class MergedConversationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long survivorId;

    public MergedConversationException(long survivorId) {
        super("Conversation merged into " + survivorId, null, false, false);
        this.survivorId = survivorId;
    }

    public long survivorId() {
        return survivorId;
    }
}
