package io.frontdesk.helpscout.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.error.Validation;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.JsonFields;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.frontdesk.webhook.NewSubscription;
import io.frontdesk.webhook.Subscription;
import io.frontdesk.webhook.WebhookDialect;
import io.frontdesk.webhook.WebhookService;
import io.javalin.http.Context;

/**
 * `POST /v1/hooks.json`: `{url, events, secret}`. One hook per account; each POST replaces the one before. The 1.0
 * API has no way to read, change or delete a hook.
 */
final class V1HookHandler {

    private final WebhookService webhooks;

    V1HookHandler(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** 201, `Location: …/v1/hooks/{id}.json`, empty body. */
    void create(Context ctx) {
        Subscription hook = webhooks.replaceV1Hook(Requests.principal(ctx).accountId(), read(JsonBody.read(ctx)));
        ctx.header("Location", Requests.baseUrl(ctx) + "/v1/hooks/" + hook.id() + ".json");
        Responses.empty(ctx, 201);
    }

    static NewSubscription read(JsonNode body) {
        Validation v = new Validation();
        JsonFields root = JsonFields.root(body, v);
        NewSubscription hook = new NewSubscription(WebhookDialect.HELPSCOUT_V1, root.string("url"),
                root.strings("events"), root.string("secret"), null, false, null, null, null);
        v.throwIfAny();
        return hook;
    }
}
