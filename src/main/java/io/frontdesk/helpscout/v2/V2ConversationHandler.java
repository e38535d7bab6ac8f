package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.conversation.Conversation;
import io.frontdesk.conversation.CreatedConversation;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.MergedConversationException;
import io.frontdesk.core.Page;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.time.Instant;

/** `/v2/conversations` and `/v2/conversations/{id}`: create, list, get, patch and delete. */
final class V2ConversationHandler {

    private final ConversationService conversations;

    V2ConversationHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** 201, empty body, `Resource-ID`, `Location` and `Web-Location` (the conversation in the web interface). */
    void create(Context ctx) {
        Principal caller = Requests.principal(ctx);
        CreatedConversation created = conversations.create(caller.accountId(), caller.userId(),
                V2ConversationReader.create(JsonBody.read(ctx)));
        String base = Requests.baseUrl(ctx);
        ctx.header("Web-Location", V2ConversationUrls.web(base, created.id(), created.number()));
        V2Responses.created(ctx, created.id(), V2ConversationUrls.conversation(base, created.id()));
    }

    void list(Context ctx) {
        Principal caller = Requests.principal(ctx);
        String base = Requests.baseUrl(ctx);
        Instant now = Instant.now();
        Page<V2Conversation> page = conversations.search(caller.accountId(),
                        V2ConversationListParams.parse(ctx, caller.userId()))
                .map(conversation -> V2Conversation.of(conversation, base, now));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/conversations", "conversations", page));
    }

    void get(Context ctx) {
        boolean threads = "threads".equalsIgnoreCase(ctx.queryParam("embed"));
        Conversation conversation;
        try {
            conversation = conversations.get(account(ctx), Requests.pathId(ctx, "id"), threads);
        } catch (MergedConversationException merged) {
            movedTo(ctx, merged.survivorId());
            return;
        }
        V2Responses.hal(ctx, V2Conversation.of(conversation, Requests.baseUrl(ctx), Instant.now()));
    }

    /**
     * A merged conversation's id: 301, empty body, `Location` the surviving conversation (same query), as Help
     * Scout answers for 60 days after a merge.
     */
    static void movedTo(Context ctx, long survivorId) {
        String query = ctx.queryString();
        ctx.header("Location", V2ConversationUrls.conversation(Requests.baseUrl(ctx), survivorId)
                + (query == null || query.isEmpty() ? "" : "?" + query));
        Responses.empty(ctx, 301);
    }

    void patch(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        conversations.update(caller.accountId(), caller.userId(), id, V2ConversationPatch.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        Principal caller = Requests.principal(ctx);
        conversations.delete(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"));
        V2Responses.noContent(ctx);
    }

    static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }
}
