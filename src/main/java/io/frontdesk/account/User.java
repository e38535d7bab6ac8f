package io.frontdesk.account;

import java.time.Instant;

/** An agent of an account; {@code jobTitle} and {@code phone} are null when unset. */
public record User(long id, long accountId, String firstName, String lastName, String email, Role role,
                   String timezone, Instant createdAt, Instant updatedAt, String jobTitle, String phone) {

    public User(long id, long accountId, String firstName, String lastName, String email, Role role,
                String timezone, Instant createdAt, Instant updatedAt) {
        this(id, accountId, firstName, lastName, email, role, timezone, createdAt, updatedAt, null, null);
    }

    /** Owners and admins manage the account's users. */
    public boolean isAdmin() {
        return role == Role.OWNER || role == Role.ADMIN;
    }
}
