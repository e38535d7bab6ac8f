package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.frontdesk.account.UserStatus;
import io.frontdesk.web.Dates;

import java.util.Map;

/**
 * A user's status: `email` as set (the custom status left out when none), `chat` always `unavailable` with no
 * per-mailbox statuses, since Frontdesk has no chat. `_links` only on the single status, not on list items.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record V2UserStatus(long userId, Email email, Chat chat, @JsonProperty("_links") Map<String, Hal.Link> links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Email(String status, String updatedAt, long performedBy, String source, Custom customStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Custom(String text, String emoji, String emojiName) {
    }

    record Chat(String status, Map<String, String> mailboxStatuses) {
    }

    static V2UserStatus item(UserStatus status) {
        Custom custom = status.customText() == null ? null
                : new Custom(status.customText(), status.customEmoji(), status.customEmojiName());
        return new V2UserStatus(status.userId(), new Email(status.status(), Dates.iso(status.updatedAt()),
                status.performedBy(), status.source(), custom), new Chat("unavailable", Map.of()), null);
    }

    static V2UserStatus of(UserStatus status, String base) {
        V2UserStatus item = item(status);
        return new V2UserStatus(item.userId(), item.email(), item.chat(),
                new Hal.Links().add("self", base + "/v2/users/" + status.userId() + "/status").build());
    }
}
