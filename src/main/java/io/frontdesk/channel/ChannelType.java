package io.frontdesk.channel;

import java.util.Locale;
import java.util.Optional;

/** What a channel is: a website's chat widget or a mobile app's SDK. */
public enum ChannelType {
    WIDGET, IOS, ANDROID;

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ChannelType type : values()) {
            if (type.token().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
