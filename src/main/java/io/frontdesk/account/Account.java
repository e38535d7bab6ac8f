package io.frontdesk.account;

import java.time.Instant;

/**
 * A tenant. Every other row belongs to exactly one account.
 *
 * @param lockClosedAfterDays conversations closed more than this many days ago refuse every change; null = never
 */
public record Account(long id, String name, boolean strictPut, Instant createdAt, Integer lockClosedAfterDays) {
}
