package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

/** `GET /v2/mailboxes/{id}/folders`: the mailbox's six folders with their counts, one HAL page (rel `folders`). */
final class V2FolderHandler {

    /** Six folders always fit on the first page; the paging is there because clients expect it. */
    static final int PAGE_SIZE = 50;

    private final ConversationService conversations;

    V2FolderHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    void list(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long mailboxId = Requests.pathId(ctx, "id");
        PageRequest request = V2Paging.request(ctx, PAGE_SIZE);
        List<V2Folder> all = conversations.folders(caller.accountId(), caller.userId(), mailboxId).stream()
                .map(V2Folder::of).toList();
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        Page<V2Folder> page = new Page<>(all.subList(from, to), all.size(), request);
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/mailboxes/" + mailboxId + "/folders", "folders", page));
    }
}
