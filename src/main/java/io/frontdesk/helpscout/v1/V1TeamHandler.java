package io.frontdesk.helpscout.v1;

import io.frontdesk.team.TeamService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `teams.json`, `teams/{id}.json` (a team shaped like a user) and `teams/{id}/members.json` (1.0 users). */
final class V1TeamHandler {

    private final TeamService teams;

    V1TeamHandler(TeamService teams) {
        this.teams = teams;
    }

    void list(Context ctx) {
        V1Responses.ok(ctx, V1Paging.envelope(teams.list(account(ctx), V1Paging.request(ctx)).map(V1Team::of)));
    }

    void get(Context ctx) {
        V1Responses.ok(ctx, new V1Envelopes.Item<>(V1Team.of(teams.get(account(ctx), Requests.pathId(ctx, "id")))));
    }

    void members(Context ctx) {
        V1Responses.ok(ctx, V1Paging.envelope(teams.members(account(ctx), Requests.pathId(ctx, "id"),
                V1Paging.request(ctx)).map(V1User::of)));
    }

    private static long account(Context ctx) {
        return Requests.principal(ctx).accountId();
    }
}
