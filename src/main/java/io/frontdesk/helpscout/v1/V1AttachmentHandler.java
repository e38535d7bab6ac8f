package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.ConversationService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.Base64;

/**
 * The 1.0 two-step attachments: `POST attachments.json` keeps a file and answers 201 `{"item":{"hash":…}}` (the Java
 * SDK reads `item.hash`, a thread then names it); `attachments/{id}/data.json` answers `{"item":{"data":<base64>}}`;
 * `DELETE attachments/{id}.json` answers 200.
 */
final class V1AttachmentHandler {

    private final ConversationService conversations;

    V1AttachmentHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    record Hash(String hash) {
    }

    record Data(String data) {
    }

    void upload(Context ctx) {
        String hash = conversations.upload(Requests.principal(ctx).accountId(),
                V1AttachmentReader.read(JsonBody.read(ctx)));
        V1Responses.json(ctx, 201, new V1Envelopes.Item<>(new Hash(hash)));
    }

    void data(Context ctx) {
        byte[] data = conversations.attachmentData(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
        V1Responses.ok(ctx, new V1Envelopes.Item<>(new Data(Base64.getEncoder().encodeToString(data))));
    }

    void delete(Context ctx) {
        conversations.deleteAttachment(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
        Responses.empty(ctx, 200);
    }
}
