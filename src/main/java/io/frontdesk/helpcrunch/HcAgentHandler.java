package io.frontdesk.helpcrunch;

import io.frontdesk.account.AccountService;
import io.frontdesk.account.Principal;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

import java.util.List;

/** `GET /agents`: the account's users, in HelpCrunch's `{data, meta:{total}}` envelope. */
final class HcAgentHandler {

    private final AccountService accounts;

    HcAgentHandler(AccountService accounts) {
        this.accounts = accounts;
    }

    void list(Context ctx) {
        Principal principal = Requests.principal(ctx);
        List<HcAgent> agents = accounts.users(principal.accountId()).stream().map(HcAgent::of).toList();
        Responses.json(ctx, 200, HelpCrunchErrorRenderer.CONTENT_TYPE, new AgentList(agents, new Meta(agents.size())));
    }

    record AgentList(List<HcAgent> data, Meta meta) {
    }

    record Meta(long total) {
    }
}
