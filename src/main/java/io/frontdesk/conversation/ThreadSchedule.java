package io.frontdesk.conversation;

import java.time.Instant;

/**
 * A draft thread's "send later": published at {@code scheduledFor} unless unscheduled first (or, when
 * {@code unscheduleOnCustomerReply}, when the customer writes).
 *
 * @param scheduledBy the user who scheduled it
 * @param createdAt   when it was scheduled
 */
public record ThreadSchedule(long scheduledBy, Instant createdAt, Instant scheduledFor,
                             boolean unscheduleOnCustomerReply) {
}
