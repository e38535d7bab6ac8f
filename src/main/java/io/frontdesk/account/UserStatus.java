package io.frontdesk.account;

import java.time.Instant;

/**
 * A user's email status (`active` or `away`), who set it last, through what (`ui`, `api`), an optional custom status,
 * and the user's conversation-reassignment setting. A user whose status was never set is active, as of the user's
 * creation, set by the user in the UI.
 *
 * @param reassignAfterMinutes how long the user must be away before the conversations are reassigned
 */
public record UserStatus(long userId, String status, String source, long performedBy, String customText,
                         String customEmoji, String customEmojiName, Instant updatedAt, boolean reassignEnabled,
                         long reassignAfterMinutes) {

    public static final String ACTIVE = "active";
    public static final String AWAY = "away";

    public static UserStatus initial(User user) {
        return new UserStatus(user.id(), ACTIVE, "ui", user.id(), null, null, null, user.createdAt(), false, 0);
    }
}
