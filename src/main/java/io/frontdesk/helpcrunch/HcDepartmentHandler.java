package io.frontdesk.helpcrunch;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.team.Team;
import io.frontdesk.team.TeamService;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

/**
 * `GET /departments`: the account's teams, oldest first, each with its members, in `{data, meta:{total}}`. The core
 * pages from 1; HelpCrunch's offset need not fall on a page boundary, so the first offset + limit teams are read and
 * the offset skipped.
 */
final class HcDepartmentHandler {

    /** More members than a department shows would be a roster, not a department; HelpCrunch documents no bound. */
    private static final int MEMBERS = 1000;

    private final TeamService teams;

    HcDepartmentHandler(TeamService teams) {
        this.teams = teams;
    }

    void list(Context ctx) {
        long account = Requests.principal(ctx).accountId();
        HcPaging paging = HcPaging.fromQueryString(ctx);
        int upTo = (int) Math.min(Integer.MAX_VALUE, paging.offset() + paging.limit());
        Page<Team> page = teams.list(account, new PageRequest(1, upTo));
        List<HcDepartment> departments = paging.slice(page.items()).stream()
                .map(team -> HcDepartment.of(team, teams.members(account, team.id(), new PageRequest(1, MEMBERS))
                        .items().stream().map(HcAgent::of).toList()))
                .toList();
        HcResponses.json(ctx, 200, HcPaging.MetaList.of(departments, page.total()));
    }
}
