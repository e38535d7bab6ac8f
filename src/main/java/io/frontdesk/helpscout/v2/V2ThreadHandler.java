package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.ThreadType;
import io.frontdesk.core.Page;
import io.frontdesk.savedreply.SavedReplyService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A conversation's threads: the list, the five create endpoints and the thread PATCH. */
final class V2ThreadHandler {

    /** Thread lists are paged like other 2.0 lists; a conversation holds at most 100 threads. */
    static final int PAGE_SIZE = 50;

    private final ConversationService conversations;
    private final SavedReplyService savedReplies;

    V2ThreadHandler(ConversationService conversations, SavedReplyService savedReplies) {
        this.conversations = conversations;
        this.savedReplies = savedReplies;
    }

    /** Newest first, rel `threads`. */
    void list(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        String base = Requests.baseUrl(ctx);
        Page<V2Thread> page = conversations.threads(V2ConversationHandler.account(ctx), id,
                        V2Paging.request(ctx, PAGE_SIZE))
                .map(thread -> V2Thread.of(thread, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/conversations/" + id + "/threads", "threads", page));
    }

    /**
     * One thread, as in the list. Help Scout documents no such GET, but its thread creates answer a `Location` of
     * this form, which clients may follow and which ends in the id that others parse: so it answers.
     */
    void get(Context ctx) {
        V2Responses.hal(ctx, V2Thread.of(conversations.thread(V2ConversationHandler.account(ctx),
                Requests.pathId(ctx, "id"), Requests.pathId(ctx, "threadId")), Requests.baseUrl(ctx)));
    }

    /**
     * `…/threads/{id}/original-source`: the raw message (`message/rfc822`) when the client accepts it, otherwise
     * (no Accept, any, JSON) `{"original": "<raw message>"}`, the PHP SDK's form.
     */
    void originalSource(Context ctx) {
        String source = conversations.originalSource(V2ConversationHandler.account(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "threadId"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("message/rfc822")) {
            ctx.contentType("message/rfc822");
            ctx.result(source.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Responses.json(ctx, 200, "application/json", new Original(source));
    }

    /** The JSON form of the original source. */
    record Original(String original) {
    }

    /**
     * `POST /v2/conversations/{id}/{reply|notes|customer|phones|chats}`: 201 with the thread id in `Resource-ID`.
     * Through the saved replies, which fill in a reply's text from the saved reply it names.
     */
    Handler create(ThreadType type) {
        return ctx -> {
            Principal caller = Requests.principal(ctx);
            long id = Requests.pathId(ctx, "id");
            long threadId = savedReplies.addThread(caller.accountId(), caller.userId(), id,
                    V2ThreadReader.endpoint(JsonBody.read(ctx), type));
            V2Responses.created(ctx, threadId, V2ConversationUrls.thread(Requests.baseUrl(ctx), id, threadId));
        };
    }

    void patch(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        long threadId = Requests.pathId(ctx, "threadId");
        conversations.updateThread(caller.accountId(), caller.userId(), id, threadId,
                V2ThreadPatch.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }
}
