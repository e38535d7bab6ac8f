package io.frontdesk.channel;

import java.time.Instant;

/**
 * A way chats reach a mailbox: a web widget or a mobile app (HelpCrunch's "application"). Every channel belongs to
 * one mailbox of its account, so a chat that comes through it lands there.
 *
 * @param name        the internal name agents see
 * @param displayName the name shown to customers
 */
public record Channel(long id, long accountId, long mailboxId, String name, String displayName, ChannelType type,
                      boolean active, Instant createdAt) {
}
