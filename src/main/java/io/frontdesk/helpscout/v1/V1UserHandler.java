package io.frontdesk.helpscout.v1;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.account.UserFilter;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Users of the caller's account: the caller (`users/me.json`), one user, and all of them. */
final class V1UserHandler {

    private final AccountService accounts;

    V1UserHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    void me(Context ctx) {
        Principal principal = Requests.principal(ctx);
        var user = accounts.user(principal.accountId(), principal.userId())
                .orElseThrow(() -> ApiException.unauthorized("The API key's user no longer exists"));
        V1Responses.ok(ctx, new V1Envelopes.Item<>(V1User.of(user)));
    }

    /** Another account's user is a 404, like one that does not exist. */
    void get(Context ctx) {
        var user = accounts.getUser(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"));
        V1Responses.ok(ctx, new V1Envelopes.Item<>(V1User.of(user)));
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        V1Responses.ok(ctx, V1Paging.envelope(
                accounts.users(account, UserFilter.all(), V1Paging.request(ctx)).map(V1User::of)));
    }
}
