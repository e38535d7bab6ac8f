package io.frontdesk.account;

import java.util.Locale;

/** A user's role in an account, as Help Scout names them. */
public enum Role {
    OWNER, ADMIN, USER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
