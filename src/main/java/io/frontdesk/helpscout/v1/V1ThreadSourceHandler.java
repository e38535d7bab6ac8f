package io.frontdesk.helpscout.v1;

import io.frontdesk.conversation.ConversationService;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * `GET /v1/conversations/{id}/thread-source/{threadId}.json`: `{"item":{"data":"<base64 of the raw message>"}}`, the
 * path and shape the Java SDK uses. A thread that is not an email answers 404, which that SDK reads as "no source".
 */
final class V1ThreadSourceHandler {

    private final ConversationService conversations;

    V1ThreadSourceHandler(ConversationService conversations) {
        this.conversations = conversations;
    }

    record Source(String data) {
    }

    void get(Context ctx) {
        String source = conversations.originalSource(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "threadId"));
        V1Responses.ok(ctx, new V1Envelopes.Item<>(new Source(
                Base64.getEncoder().encodeToString(source.getBytes(StandardCharsets.UTF_8)))));
    }
}
