package io.frontdesk.helpscout.v2;

import io.frontdesk.core.Page;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookService;
import io.javalin.http.Context;

/** `/v2/webhooks`: the account's Help Scout 2.0 webhook subscriptions. */
final class V2WebhookHandler {

    static final int PAGE_SIZE = 50;

    private final WebhookService webhooks;

    V2WebhookHandler(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    void create(Context ctx) {
        Subscription created = webhooks.create(account(ctx), V2WebhookReader.read(JsonBody.read(ctx)));
        V2Responses.created(ctx, created.id(), V2Webhook.self(Requests.baseUrl(ctx), created.id()));
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        Page<V2Webhook> page = webhooks.page(account(ctx), WebhookDialect.HELPSCOUT_V2,
                V2Paging.request(ctx, PAGE_SIZE)).map(s -> V2Webhook.of(s, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/webhooks", "webhooks", page));
    }

    void get(Context ctx) {
        V2Responses.hal(ctx, V2Webhook.of(webhooks.get(account(ctx), Requests.pathId(ctx, "id"),
                WebhookDialect.HELPSCOUT_V2), Requests.baseUrl(ctx)));
    }

    /** The whole subscription again; `"state": "enabled"` re-enables one that failures disabled. */
    void replace(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        webhooks.replace(account(ctx), id, V2WebhookReader.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    void delete(Context ctx) {
        webhooks.delete(account(ctx), Requests.pathId(ctx, "id"), WebhookDialect.HELPSCOUT_V2);
        V2Responses.noContent(ctx);
    }

    private static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }
}
