package io.frontdesk.helpscout.v2;

import io.frontdesk.account.UserFilter;
import io.frontdesk.core.PageRequest;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/**
 * The parameters of `GET /v2/users`: `email` (whole address, ignoring case), `mailbox` (users with access to it; a
 * non-number is a 400 with source QUERY) and `page` (50 a page).
 */
record V2UserListParams(UserFilter filter, PageRequest page) {

    static final int PAGE_SIZE = 50;

    static V2UserListParams parse(Context ctx) {
        Long mailbox = Requests.queryLong(ctx, "mailbox").orElse(null);
        return new V2UserListParams(new UserFilter(ctx.queryParam("email"), mailbox),
                V2Paging.request(ctx, PAGE_SIZE));
    }
}
