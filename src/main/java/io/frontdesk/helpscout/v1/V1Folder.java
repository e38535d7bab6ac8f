package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.frontdesk.conversation.Folder;
import io.frontdesk.conversation.FolderType;
import io.frontdesk.web.Dates;

/**
 * A 1.0 folder `{id, name, type, userId, totalCount, activeCount, modifiedAt}` (the Java SDK's capture). 1.0 names
 * the Unassigned folder's type `open` and Mine's `mine` (2.0 says `mytickets`); `userId` is 0 but for Mine.
 */
@JsonPropertyOrder({"id", "name", "type", "userId", "totalCount", "activeCount", "modifiedAt"})
record V1Folder(long id, String name, String type, long userId, long totalCount, long activeCount,
                String modifiedAt) {

    static V1Folder of(Folder folder) {
        return new V1Folder(folder.id(), folder.type().displayName(), type(folder.type()), folder.userId(),
                folder.totalCount(), folder.activeCount(), Dates.iso(folder.updatedAt()));
    }

    private static String type(FolderType type) {
        return switch (type) {
            case UNASSIGNED -> "open";
            case MINE -> "mine";
            case DRAFTS -> "drafts";
            case ASSIGNED -> "assigned";
            case CLOSED -> "closed";
            case SPAM -> "spam";
        };
    }
}
