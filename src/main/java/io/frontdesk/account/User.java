package io.frontdesk.account;

import java.time.Instant;

/** An agent of an account. */
public record User(long id, long accountId, String firstName, String lastName, String email, Role role,
                   String timezone, Instant createdAt, Instant updatedAt) {
}
