package io.frontdesk.conversation;

import java.time.Instant;

/**
 * A conversation put aside until {@code until}: then (or at a customer reply, when {@code unsnoozeOnCustomerReply})
 * the snooze ends and the conversation is active again, back in the folder its assignee gives it.
 *
 * @param snoozedBy the user who snoozed it
 */
public record Snooze(long snoozedBy, Instant until, boolean unsnoozeOnCustomerReply) {
}
