package io.frontdesk.helpscout.v1;

import io.frontdesk.account.Principal;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.frontdesk.workflow.WorkflowFilter;
import io.frontdesk.workflow.WorkflowService;
import io.frontdesk.workflow.WorkflowType;
import io.javalin.http.Context;

/**
 * 1.0 workflows (reference §7.3): a mailbox's manual workflows, and running one on one conversation (no body) or on
 * several. Both runs answer 200 with no body, where 2.0 answers 204.
 */
final class V1WorkflowHandler {

    private final WorkflowService workflows;

    V1WorkflowHandler(WorkflowService workflows) {
        this.workflows = workflows;
    }

    void list(Context ctx) {
        V1Responses.ok(ctx, V1Paging.envelope(workflows.list(Requests.principal(ctx).accountId(),
                new WorkflowFilter(Requests.pathId(ctx, "id"), WorkflowType.MANUAL), V1Paging.request(ctx))
                .map(V1Workflow::of)));
    }

    void runOne(Context ctx) {
        Principal caller = Requests.principal(ctx);
        workflows.runOn(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"),
                Requests.pathId(ctx, "conversationId"));
        Responses.empty(ctx, 200);
    }

    void runMany(Context ctx) {
        Principal caller = Requests.principal(ctx);
        workflows.run(caller.accountId(), caller.userId(), Requests.pathId(ctx, "id"),
                V1WorkflowReader.conversationIds(JsonBody.read(ctx)));
        Responses.empty(ctx, 200);
    }
}
