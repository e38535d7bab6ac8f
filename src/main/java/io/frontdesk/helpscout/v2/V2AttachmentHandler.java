package io.frontdesk.helpscout.v2;

import io.frontdesk.conversation.Attachment;
import io.frontdesk.conversation.AttachmentFile;
import io.frontdesk.conversation.ConversationService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

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

    /** `…/attachments/{id}/file`: the raw bytes, typed as uploaded, as a download. */
    void file(Context ctx) {
        AttachmentFile file = conversations.attachmentFile(V2ConversationHandler.account(ctx),
                Requests.pathId(ctx, "id"), Requests.pathId(ctx, "attachmentId"));
        ctx.contentType(file.mimeType());
        ctx.header("Content-Disposition", contentDisposition(file.fileName()));
        ctx.result(file.data());
    }

    void delete(Context ctx) {
        conversations.deleteAttachment(V2ConversationHandler.account(ctx), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "attachmentId"));
        V2Responses.noContent(ctx);
    }

    /** RFC 6266 with the RFC 5987 form only: every byte outside a safe set is percent-encoded, so no quote or line
     * break of a file name can reach the header. */
    static String contentDisposition(String fileName) {
        StringBuilder out = new StringBuilder("attachment; filename*=UTF-8''");
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }
}
