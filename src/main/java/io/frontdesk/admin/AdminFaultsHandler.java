package io.frontdesk.admin;

import io.frontdesk.error.ApiException;
import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** Fault rules: add, list, delete one, delete all. */
final class AdminFaultsHandler {

    private final FaultRules rules;

    AdminFaultsHandler(FaultRules rules) {
        this.rules = rules;
    }

    void create(Context ctx) {
        FaultRule rule = rules.add(AdminReaders.fault(JsonBody.read(ctx)));
        Responses.json(ctx, 201, "application/json", AdminWire.fault(rule));
    }

    void list(Context ctx) {
        Responses.json(ctx, 200, "application/json", rules.list().stream().map(AdminWire::fault).toList());
    }

    void delete(Context ctx) {
        if (!rules.delete(Requests.pathId(ctx, "id"))) {
            throw ApiException.notFound("Fault rule not found");
        }
        Responses.empty(ctx, 204);
    }

    void clear(Context ctx) {
        Responses.json(ctx, 200, "application/json", new AdminWire.Removed(rules.clear()));
    }
}
