package io.frontdesk.helpscout.v2;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.core.Page;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Users of the caller's account: the caller (`/v2/users/me`), one user, and the filtered list. */
final class V2UserHandler {

    private final AccountService accounts;

    V2UserHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    void me(Context ctx) {
        Principal principal = Requests.principal(ctx);
        var user = accounts.user(principal.accountId(), principal.userId())
                .orElseThrow(() -> ApiException.unauthorized("The credential's user no longer exists"));
        Responses.json(ctx, 200, Hal.CONTENT_TYPE, V2User.of(user, Requests.baseUrl(ctx)));
    }

    /** Another account's user is a 404, like one that does not exist. */
    void get(Context ctx) {
        var user = accounts.getUser(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
        V2Responses.hal(ctx, V2User.of(user, Requests.baseUrl(ctx)));
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        V2UserListParams params = V2UserListParams.parse(ctx);
        Page<V2User> page = accounts.users(Requests.principal(ctx).accountId(), params.filter(), params.page())
                .map(user -> V2User.of(user, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/users", "users", page));
    }
}
