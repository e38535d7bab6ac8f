package io.frontdesk.helpscout.v2;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.account.User;
import io.frontdesk.account.UserService;
import io.frontdesk.core.Page;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/**
 * Users of the caller's account: the caller (`/v2/users/me`), one user, the filtered list, create and delete, and each
 * user's status and conversation-reassignment setting.
 */
final class V2UserHandler {

    private final AccountService accounts;
    private final UserService users;

    V2UserHandler(AccountService accounts, UserService users) {
        this.accounts = accounts;
        this.users = users;
    }

    void create(Context ctx) {
        Principal caller = Requests.principal(ctx);
        User user = users.create(caller.accountId(), caller.userId(), V2UserReader.create(JsonBody.read(ctx)));
        V2Responses.created(ctx, user.id(), Requests.baseUrl(ctx) + "/v2/users/" + user.id());
    }

    void delete(Context ctx) {
        Principal caller = Requests.principal(ctx);
        users.delete(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"));
        V2Responses.noContent(ctx);
    }

    void status(Context ctx) {
        V2Responses.hal(ctx, V2UserStatus.of(users.status(Requests.principal(ctx).accountId(),
                Requests.pathId(ctx, "id")), Requests.baseUrl(ctx)));
    }

    void statuses(Context ctx) {
        Page<V2UserStatus> page = users.statuses(Requests.principal(ctx).accountId(),
                V2Paging.request(ctx, V2UserListParams.PAGE_SIZE)).map(V2UserStatus::item);
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/users/status", "userStatuses", page));
    }

    void setStatus(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        V2UserReader.Status status = V2UserReader.status(JsonBody.read(ctx));
        users.setStatus(caller.accountId(), caller.userId(), id, status.status(), status.text(), status.emoji(),
                status.emojiName());
        V2Responses.noContent(ctx);
    }

    void reassignment(Context ctx) {
        V2Responses.hal(ctx, V2Reassignment.of(users.status(Requests.principal(ctx).accountId(),
                Requests.pathId(ctx, "id")), Requests.baseUrl(ctx)));
    }

    void setReassignment(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        V2UserReader.Reassignment body = V2UserReader.reassignment(JsonBody.read(ctx));
        users.setReassignment(caller.accountId(), caller.userId(), id, body.enabled(), body.hours(), body.minutes());
        V2Responses.noContent(ctx);
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
