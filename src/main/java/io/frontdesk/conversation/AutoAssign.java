package io.frontdesk.conversation;

/**
 * Who a new conversation goes to when its create names no assignee: a mailbox's routing (Help Scout's §4.3). Called
 * in the create's transaction.
 */
@FunctionalInterface
public interface AutoAssign {

    /** The user to assign, or null for none. */
    Long assignee(long accountId, long mailboxId);
}
