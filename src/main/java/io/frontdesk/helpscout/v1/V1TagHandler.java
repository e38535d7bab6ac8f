package io.frontdesk.helpscout.v1;

import io.frontdesk.tag.TagService;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** `GET /v1/tags.json`: the account's tags, 50 a page. */
final class V1TagHandler {

    private final TagService tags;

    V1TagHandler(TagService tags) {
        this.tags = tags;
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        V1Responses.ok(ctx, V1Paging.envelope(tags.page(account, V1Paging.request(ctx)).map(V1Tag::of)));
    }
}
