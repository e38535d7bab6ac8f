package io.frontdesk.testing;

import io.frontdesk.web.JsonBody;
import io.frontdesk.web.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Routes that exist only in tests: one per dialect that fails unexpectedly, to prove a crash is a 500 with an incident
 * id and no stack trace in any dialect; one per dialect that reads a JSON body, to prove malformed JSON and wrong
 * media types are refused in the dialect's format; a slow one for graceful shutdown; and ones that name the thread
 * they run on or hold it until released, for the request pools ({@code RequestThreadsTest}).
 */
public final class TestRoutes {

    /** One permit per `/test/slow` request that has reached its handler, so a test knows it is in flight. */
    public static final Semaphore SLOW_STARTED = new Semaphore(0);

    /** One permit per `/test/hold` request that has reached its handler. */
    public static final Semaphore HELD = new Semaphore(0);

    /** `/test/hold` requests wait here until a test releases them (with a one-minute cap, so none outlives a run). */
    public static volatile CountDownLatch release = new CountDownLatch(0);

    private TestRoutes() {
    }

    public static void register(RoutesConfig routes) {
        routes.get("/v2/test/crash", TestRoutes::crash);
        routes.post("/v2/test/crash", TestRoutes::crash);
        routes.get("/v1/test/crash.json", TestRoutes::crash);
        routes.get("/helpcrunch/v1/test/crash", TestRoutes::crash);
        routes.get("/test/crash", TestRoutes::crash);
        Handler echo = ctx -> Responses.json(ctx, 200, "application/json", JsonBody.read(ctx));
        routes.post("/v2/test/echo", echo);
        routes.post("/v1/test/echo.json", echo);
        routes.post("/helpcrunch/v1/test/echo", echo);
        Handler thread = ctx -> ctx.result(Thread.currentThread().getName());
        routes.get("/test/thread", thread);
        routes.post("/test/thread", thread);
        routes.post("/test/hold", ctx -> {
            HELD.release();
            ctx.result(release.await(1, TimeUnit.MINUTES) ? "released" : "timed out");
        });
        routes.post("/test/slow", ctx -> {
            SLOW_STARTED.release();
            Thread.sleep(Long.parseLong(ctx.queryParam("ms")));
            ctx.result("done");
        });
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
