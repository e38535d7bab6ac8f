package io.frontdesk.helpcrunch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.channel.Channel;

/**
 * A HelpCrunch application (helpcrunch-more.md §17): a core channel. The fields are those third-party clients read
 * (`id`, `name`, `displayName`, `type`, `active`); HelpCrunch's own type tokens are undocumented, so the channel's
 * (`widget`, `ios`, `android`) are sent.
 */
@JsonPropertyOrder({"id", "name", "displayName", "type", "active"})
record HcApplication(long id, String name, String displayName, String type, boolean active) {

    static HcApplication of(Channel channel) {
        return new HcApplication(channel.id(), channel.name(), channel.displayName(), channel.type().token(),
                channel.active());
    }
}
