package io.frontdesk.conversation;

import java.util.Optional;

/**
 * The six folders every mailbox shows. {@link #token()} is the 2.0 folder `type`; {@link #code()} is the last digit
 * of the folder's id (see {@link Folders#id}).
 */
public enum FolderType {
    UNASSIGNED(1, "Unassigned", "open"),
    MINE(2, "Mine", "mytickets"),
    DRAFTS(3, "Drafts", "drafts"),
    ASSIGNED(4, "Assigned", "assigned"),
    CLOSED(5, "Closed", "closed"),
    SPAM(6, "Spam", "spam");

    private final int code;
    private final String displayName;
    private final String token;

    FolderType(int code, String displayName, String token) {
        this.code = code;
        this.displayName = displayName;
        this.token = token;
    }

    public int code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public String token() {
        return token;
    }

    static Optional<FolderType> ofCode(long code) {
        for (FolderType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
