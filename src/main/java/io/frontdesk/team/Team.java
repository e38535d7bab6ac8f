package io.frontdesk.team;

import java.time.Instant;

/**
 * A named group of an account's users (Help Scout's team; a HelpCrunch department is one too). Teams hold no rules of
 * their own: membership is all there is.
 */
public record Team(long id, long accountId, String name, String timezone, Instant createdAt, Instant updatedAt) {
}
