package io.frontdesk.account;

import java.time.Instant;

/** The credential behind an access token that is usable now, and the instant the token stops being usable. */
public record LiveAccess(Credential credential, Instant expiresAt) {
}
