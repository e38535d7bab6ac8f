package io.frontdesk.mailbox;

/**
 * One user in a mailbox's rotation as routing sees it now.
 *
 * @param conversationsCount the user's active conversations in the mailbox
 * @param reason             why the user gets no new conversation; null when eligible
 */
public record RotationEntry(long userId, long conversationsCount, Reason reason) {

    public enum Reason {
        /** Has {@code assignmentLimit} or more active conversations. */
        AT_CAPACITY,
        /** The user's email status is {@code away}. */
        AWAY,
        /** Not in the routing's {@code userIds}. */
        NOT_IN_ROTATION
    }

    public boolean eligible() {
        return reason == null;
    }
}
