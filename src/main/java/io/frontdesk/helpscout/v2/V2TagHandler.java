package io.frontdesk.helpscout.v2;

import io.frontdesk.core.Page;
import io.frontdesk.tag.TagService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `GET /v2/tags`: the account's tags, 50 a page. */
final class V2TagHandler {

    static final int PAGE_SIZE = 50;

    private final TagService tags;

    V2TagHandler(TagService tags) {
        this.tags = tags;
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        Page<V2Tag> page = tags.page(account, V2Paging.request(ctx, PAGE_SIZE)).map(V2Tag::of);
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/tags", "tags", page));
    }
}
