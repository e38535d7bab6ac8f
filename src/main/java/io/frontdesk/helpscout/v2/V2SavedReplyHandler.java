package io.frontdesk.helpscout.v2;

import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.savedreply.SavedReplyInput;
import io.frontdesk.savedreply.SavedReplyService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.JsonFields;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/**
 * `/v2/mailboxes/{id}/saved-replies`: create, list, get, replace, delete. The list is a bare JSON array served as
 * `application/hal+json`, the one 2.0 list that is not a HAL page (Help Scout's documented shape).
 */
final class V2SavedReplyHandler {

    private final SavedReplyService savedReplies;

    V2SavedReplyHandler(SavedReplyService savedReplies) {
        this.savedReplies = savedReplies;
    }

    void create(Context ctx) {
        long mailbox = Requests.pathId(ctx, "id");
        long id = savedReplies.create(account(ctx), mailbox, input(ctx));
        V2Responses.created(ctx, id, Requests.baseUrl(ctx) + "/v2/mailboxes/" + mailbox + "/saved-replies/" + id);
    }

    /** `includeChatReplies=true` adds the chat-only replies. */
    void list(Context ctx) {
        boolean chat = V2OrganizationReader.flag(ctx, "includeChatReplies", false);
        List<V2SavedReply.Item> items = savedReplies.list(account(ctx), Requests.pathId(ctx, "id"), chat).stream()
                .map(V2SavedReply.Item::of).toList();
        V2Responses.hal(ctx, items);
    }

    void get(Context ctx) {
        V2Responses.hal(ctx, V2SavedReply.Full.of(savedReplies.get(account(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "replyId"))));
    }

    /** A complete replacement of the name and both texts. */
    void replace(Context ctx) {
        long mailbox = Requests.pathId(ctx, "id");
        long id = Requests.pathId(ctx, "replyId");
        savedReplies.replace(account(ctx), mailbox, id, input(ctx));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        savedReplies.delete(account(ctx), Requests.pathId(ctx, "id"), Requests.pathId(ctx, "replyId"));
        V2Responses.noContent(ctx);
    }

    /** `{name, text, chatText}`; limits are the core's. */
    private static SavedReplyInput input(Context ctx) {
        Validation validation = new Validation();
        JsonFields root = JsonFields.root(JsonBody.read(ctx), validation);
        SavedReplyInput input = new SavedReplyInput(root.string("name"), root.string("text"),
                root.string("chatText"));
        if (validation.isEmpty() && input.name() == null) {
            validation.add(FieldError.of("name", "NotNull", "may not be null"));
        }
        validation.throwIfAny();
        return input;
    }
}
