package io.frontdesk.mailbox;

import java.time.Instant;

/** An inbox of an account: where conversations arrive and replies are sent from. */
public record Mailbox(long id, long accountId, String name, String slug, String email, Instant createdAt,
                      Instant updatedAt) {
}
