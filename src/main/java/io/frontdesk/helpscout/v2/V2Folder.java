package io.frontdesk.helpscout.v2;

import io.frontdesk.conversation.Folder;
import io.frontdesk.web.Dates;

/** A mailbox folder of `GET /v2/mailboxes/{id}/folders`. */
record V2Folder(long id, String name, String type, long userId, long totalCount, long activeCount,
                String updatedAt) {

    static V2Folder of(Folder folder) {
        return new V2Folder(folder.id(), folder.type().displayName(), folder.type().token(), folder.userId(),
                folder.totalCount(), folder.activeCount(), Dates.iso(folder.updatedAt()));
    }
}
