package io.frontdesk.helpscout.v2;

import io.frontdesk.conversation.Attachment;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.Base64;

/** Attachments: upload to a thread, read the bytes as base64, delete. */
final class V2AttachmentHandler {

    private final ConversationService conversations;

    V2AttachmentHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** 201 with the attachment id in `Resource-ID` and its data URL in `Location`. */
    void create(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        long threadId = Requests.pathId(ctx, "threadId");
        Attachment attachment = conversations.addAttachment(V2ConversationHandler.account(ctx), id, threadId,
                V2AttachmentReader.body(JsonBody.read(ctx)));
        V2Responses.created(ctx, attachment.id(),
                V2ConversationUrls.attachmentData(Requests.baseUrl(ctx), id, attachment.id()));
    }

    /** `{"data": "<base64>"}`. */
    void data(Context ctx) {
        byte[] data = conversations.attachmentData(V2ConversationHandler.account(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "attachmentId"));
        V2Responses.hal(ctx, new V2Attachment.Data(Base64.getEncoder().encodeToString(data)));
    }

    void delete(Context ctx) {
        conversations.deleteAttachment(V2ConversationHandler.account(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "attachmentId"));
        V2Responses.noContent(ctx);
    }
}
