package io.frontdesk.helpcrunch;

import io.frontdesk.chat.ChatStatus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chat status spellings (helpcrunch-more.md §1.2): written as the current docs' status page does (`on hold`, `no
 * communication`); read in every spelling seen (`onhold`, `on-hold`, `open`) and as the numeric codes `"1"`–`"7"`
 * search examples use.
 */
final class HcChatStatuses {

    private static final Map<String, ChatStatus> READ = Map.ofEntries(
            Map.entry("new", ChatStatus.NEW), Map.entry("1", ChatStatus.NEW),
            Map.entry("opened", ChatStatus.OPENED), Map.entry("open", ChatStatus.OPENED),
            Map.entry("2", ChatStatus.OPENED),
            Map.entry("pending", ChatStatus.PENDING), Map.entry("3", ChatStatus.PENDING),
            Map.entry("on hold", ChatStatus.ON_HOLD), Map.entry("onhold", ChatStatus.ON_HOLD),
            Map.entry("on-hold", ChatStatus.ON_HOLD), Map.entry("4", ChatStatus.ON_HOLD),
            Map.entry("closed", ChatStatus.CLOSED), Map.entry("5", ChatStatus.CLOSED),
            Map.entry("no communication", ChatStatus.NO_COMMUNICATION), Map.entry("6", ChatStatus.NO_COMMUNICATION),
            Map.entry("empty", ChatStatus.EMPTY), Map.entry("7", ChatStatus.EMPTY));

    private HcChatStatuses() {
    }

    static String write(ChatStatus status) {
        return switch (status) {
            case NEW -> "new";
            case OPENED -> "opened";
            case PENDING -> "pending";
            case ON_HOLD -> "on hold";
            case CLOSED -> "closed";
            case NO_COMMUNICATION -> "no communication";
            case EMPTY -> "empty";
        };
    }

    static Optional<ChatStatus> read(String text) {
        return text == null ? Optional.empty()
                : Optional.ofNullable(READ.get(text.trim().toLowerCase(Locale.ROOT)));
    }
}
