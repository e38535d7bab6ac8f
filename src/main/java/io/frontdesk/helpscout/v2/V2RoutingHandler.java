package io.frontdesk.helpscout.v2;

import io.frontdesk.mailbox.RoutingService;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.javalin.http.Context;

/** `/v2/mailboxes/{id}/routing`: GET the settings and rotation, PUT a full replacement (204). */
final class V2RoutingHandler {

    private final RoutingService routing;

    V2RoutingHandler(RoutingService routing) {
        this.routing = routing;
    }

    void get(Context ctx) {
        V2Responses.hal(ctx, V2Routing.of(routing.get(Requests.principal(ctx).accountId(),
                Requests.pathId(ctx, "id")), Requests.baseUrl(ctx)));
    }

    void replace(Context ctx) {
        routing.replace(Requests.principal(ctx).accountId(), Requests.pathId(ctx, "id"),
                V2RoutingReader.read(JsonBody.read(ctx)));
        V2Responses.noContent(ctx);
    }
}
