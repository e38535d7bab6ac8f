package io.frontdesk.helpscout.v2;

import io.frontdesk.web.Responses;
import io.javalin.http.Context;

/** The 2.0 success answers: HAL bodies, and empty bodies for writes. */
final class V2Responses {

    private V2Responses() {
    }

    static void hal(Context ctx, Object body) {
        Responses.json(ctx, 200, Hal.CONTENT_TYPE, body);
    }

    /** 201 with an empty body; PHP and Node clients read the new id from `Resource-ID`. */
    static void created(Context ctx, long id, String location) {
        ctx.header("Resource-ID", Long.toString(id));
        ctx.header("Location", location);
        Responses.empty(ctx, 201);
    }

    static void noContent(Context ctx) {
        Responses.empty(ctx, 204);
    }

    static void accepted(Context ctx) {
        Responses.empty(ctx, 202);
    }
}
