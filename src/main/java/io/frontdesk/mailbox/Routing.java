package io.frontdesk.mailbox;

import java.util.List;
import java.util.Locale;

/**
 * A mailbox's routing settings: whether new conversations are handed out automatically, to whom ({@code userIds}, in
 * rotation order), how ({@link Method}) and up to how many active conversations each ({@code assignmentLimit}).
 * Stored as given; a mailbox never set up is {@link #unset()}, disabled.
 *
 * @param assignmentLimit null only for a mailbox never set up
 * @param method          null only for a mailbox never set up
 */
public record Routing(boolean enabled, Integer assignmentLimit, Method method, List<Long> userIds) {

    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 100;

    public Routing {
        userIds = List.copyOf(userIds);
    }

    public static Routing unset() {
        return new Routing(false, null, null, List.of());
    }

    public enum Method {
        ROUND_ROBIN, BALANCED;

        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Method fromToken(String token) {
            for (Method method : values()) {
                if (method.token().equals(token)) {
                    return method;
                }
            }
            return null;
        }
    }
}
