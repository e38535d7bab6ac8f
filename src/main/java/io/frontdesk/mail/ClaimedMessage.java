package io.frontdesk.mail;

import io.frontdesk.queue.Claimed;

/**
 * A queued message that one node has claimed for sending until its lease runs out.
 *
 * @param id       the outbox row
 * @param attempts how many attempts were made before this one
 * @param message  what to send
 */
public record ClaimedMessage(long id, int attempts, OutgoingMessage message) implements Claimed {
}
