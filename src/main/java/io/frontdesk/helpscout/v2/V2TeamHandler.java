package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.core.Page;
import io.frontdesk.team.TeamService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/** `/v2/teams`: the list, one team, its members (full user objects) and the replacement of its members. */
final class V2TeamHandler {

    static final int PAGE_SIZE = 50;

    private final TeamService teams;

    V2TeamHandler(TeamService teams) {
        this.teams = teams;
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        Page<V2Team> page = teams.list(account(ctx), V2Paging.request(ctx, PAGE_SIZE))
                .map(team -> V2Team.of(team, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/teams", "teams", page));
    }

    void get(Context ctx) {
        V2Responses.hal(ctx, V2Team.of(teams.get(account(ctx), Requests.pathId(ctx, "id")), Requests.baseUrl(ctx)));
    }

    void members(Context ctx) {
        String base = Requests.baseUrl(ctx);
        long id = Requests.pathId(ctx, "id");
        Page<V2User> page = teams.members(account(ctx), id, V2Paging.request(ctx, PAGE_SIZE))
                .map(user -> V2User.of(user, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/teams/" + id + "/members", "users", page));
    }

    void replaceMembers(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        teams.replaceMembers(caller.accountId(), caller.userId(), id, V2UserReader.members(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }
}
