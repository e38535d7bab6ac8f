package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.error.ApiException;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

import java.util.List;

/**
 * Agents are the account's users (helpcrunch-more.md §16): `GET /agents` pages them in `{data, meta:{total}}`,
 * `GET /agents/{id}` (undocumented; the model page promises "get") answers the bare agent, and
 * `GET /agents/{id}/unsubscribe` answers `"Ok"`. That call unsubscribes a team member from HelpCrunch's own
 * newsletters; Frontdesk sends agents no marketing mail, so there is nothing to record and it only proves the agent
 * exists.
 */
final class HcAgentHandler {

    private final AccountService accounts;

    HcAgentHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    void list(Context ctx) {
        Principal principal = Requests.principal(ctx);
        HcPaging paging = HcPaging.fromQueryString(ctx);
        List<HcAgent> agents = accounts.users(principal.accountId()).stream().map(HcAgent::of).toList();
        HcResponses.json(ctx, 200, HcPaging.MetaList.of(paging.slice(agents), agents.size()));
    }

    void get(Context ctx) {
        HcResponses.json(ctx, 200, agent(ctx));
    }

    void unsubscribe(Context ctx) {
        agent(ctx);
        HcResponses.json(ctx, 200, "Ok");
    }

    private HcAgent agent(Context ctx) {
        String id = ctx.pathParam("id");
        long account = Requests.principal(ctx).accountId();
        if (!id.matches("\\d{1,18}")) {
            throw notFound();
        }
        return accounts.user(account, Long.parseLong(id)).map(HcAgent::of).orElseThrow(HcAgentHandler::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("Agent not found");
    }
}
