package io.frontdesk.account;

import java.util.Locale;

/** A user's role in an account, as Help Scout names them ("light user" with a space). */
public enum Role {
    OWNER, ADMIN, USER, LIGHT_USER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Role parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
