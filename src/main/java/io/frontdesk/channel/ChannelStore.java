package io.frontdesk.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of channels. */
public interface ChannelStore {

    Channel insert(long accountId, long mailboxId, String name, String displayName, ChannelType type, Instant now);

    Optional<Channel> find(long accountId, long channelId);

    /** The account's channels, oldest first. */
    List<Channel> list(long accountId);
}
