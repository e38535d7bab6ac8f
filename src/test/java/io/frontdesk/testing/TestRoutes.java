package io.frontdesk.testing;

import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.concurrent.Semaphore;

/**
 * Routes that exist only in tests: one per dialect that fails unexpectedly, to prove a crash is a 500 with an incident
 * id and no stack trace in any dialect; one per dialect that reads a JSON body, to prove malformed JSON and wrong
 * media types are refused in the dialect's format; and a slow one for graceful shutdown.
 */
public final class TestRoutes {

    /** One permit per `/test/slow` request that has reached its handler, so a test knows it is in flight. */
    public static final Semaphore SLOW_STARTED = new Semaphore(0);

    private TestRoutes() {
    }

    public static void register(RoutesConfig routes) {
        routes.get("/v2/test/crash", TestRoutes::crash);
        routes.get("/v1/test/crash.json", TestRoutes::crash);
        routes.get("/helpcrunch/v1/test/crash", TestRoutes::crash);
        routes.get("/test/crash", TestRoutes::crash);
        Handler echo = ctx -> Responses.json(ctx, 200, "application/json", JsonBody.read(ctx));
        routes.post("/v2/test/echo", echo);
        routes.post("/v1/test/echo.json", echo);
        routes.post("/helpcrunch/v1/test/echo", echo);
        routes.get("/test/slow", ctx -> {
            SLOW_STARTED.release();
            Thread.sleep(Long.parseLong(ctx.queryParam("ms")));
            ctx.result("done");
        });
    }

    private static void crash(Context ctx) {
        throw new IllegalStateException("boom: secret internals");
    }
}
