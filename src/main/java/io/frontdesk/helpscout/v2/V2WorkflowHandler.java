package io.frontdesk.helpscout.v2;

import io.frontdesk.account.Principal;
import io.frontdesk.core.Page;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.workflow.WorkflowService;
import io.javalin.http.Context;

import static io.frontdesk.helpscout.v2.V2CustomerHandler.account;

/** `/v2/workflows`: the list, one workflow, activation and deactivation, and running a manual workflow. */
final class V2WorkflowHandler {

    static final int PAGE_SIZE = 50;

    private final WorkflowService workflows;

    V2WorkflowHandler(WorkflowService workflows) {
        this.workflows = workflows;
    }

    void list(Context ctx) {
        String base = Requests.baseUrl(ctx);
        Page<V2Workflow> page = workflows.list(account(ctx), V2WorkflowReader.filter(ctx),
                V2Paging.request(ctx, PAGE_SIZE)).map(workflow -> V2Workflow.of(workflow, base));
        V2Responses.hal(ctx, V2Paging.body(ctx, "/v2/workflows", "workflows", page));
    }

    /** Not in Help Scout's reference: where the object's `_links.self` points, so the link can be followed. */
    void get(Context ctx) {
        V2Responses.hal(ctx, V2Workflow.of(workflows.get(account(ctx), Requests.pathId(ctx, "id")),
                Requests.baseUrl(ctx)));
    }

    void updateStatus(Context ctx) {
        long id = Requests.pathId(ctx, "id");
        workflows.setStatus(account(ctx), id, V2WorkflowReader.status(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }

    void run(Context ctx) {
        Principal caller = Requests.principal(ctx);
        long id = Requests.pathId(ctx, "id");
        workflows.run(caller.accountId(), caller.userId(), id, V2WorkflowReader.conversationIds(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }
}
