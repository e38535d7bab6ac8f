package io.frontdesk.web;

import io.frontdesk.db.RequestWork;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two pools for requests. Jetty's own pool is small, a few threads per core, and runs the reads: they only wait on
 * the CPU and the database, and with fewer threads than clients a request waits its turn in Jetty's queue instead of
 * being time-sliced against thirty others (on two cores, 32 clients reading customers: Javalin's default of 250
 * threads gave 7,142-7,415 req/s at p99 15-17 ms; 8 threads gave 8,470-8,656 req/s at p99 10 ms, docs/benchmarks.md).
 * Endpoints that may wait on something other than the CPU run on a second, large pool, so that no number of them can
 * hold every request thread: everything with a request body (a slow client sends it at its own pace), every write
 * (on SQLite it queues for the one write lock), and attachment data (a large answer to a slow reader).
 */
public final class RequestThreads {

    /** The blocking pool's ceiling: as many as Javalin's default request pool had. */
    static final int BLOCKING_THREADS = 250;

    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    /** The status a request whose client left is logged with. */
    static final int CLIENT_LEFT = 499;

    private final int requestThreads;
    private final ExecutorService blocking;

    public RequestThreads(int requestThreads) {
        this.requestThreads = requestThreads;
        ThreadPoolExecutor executor = new ThreadPoolExecutor(BLOCKING_THREADS, BLOCKING_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named("frontdesk-blocking-"));
        executor.allowCoreThreadTimeOut(true);
        this.blocking = executor;
    }

    /** The default size of Jetty's pool: four threads per core, at least eight (Jetty's selector and acceptor take two). */
    public static int defaultRequestThreads(int cores) {
        return Math.max(8, 4 * cores);
    }

    void configure(JavalinConfig cfg) {
        QueuedThreadPool pool = new QueuedThreadPool(requestThreads, Math.min(8, requestThreads), 60_000);
        pool.setName("frontdesk-http");
        cfg.jetty.threadPool = pool;
        cfg.router.handlerWrapper(this::wrap);
        cfg.events.serverStopped(blocking::shutdown);
    }

    /**
     * Every handler runs as a request's work, which the statement timeout binds and which its client's leaving cancels
     * (db.RequestWork, {@link ClientLink}).
     */
    private Handler wrap(Endpoint endpoint) {
        Handler inner = endpoint.handler;
        Handler handler = ctx -> work(ctx, inner);
        if (!mayBlock(endpoint.method, endpoint.path)) {
            return handler;
        }
        // Javalin runs the after-handlers and the request log once the future completes, and unwraps the
        // CompletionException, so errors reach the dialect's renderer as if the handler had thrown them.
        return ctx -> ctx.future(() -> CompletableFuture.runAsync(() -> {
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, blocking));
    }

    /**
     * A request whose client left ends quietly: its work was cancelled for nobody, so it is no error of ours or the
     * client's to render or log; the request log shows 499 (nginx's "client closed request"), which is never sent.
     */
    private static void work(Context ctx, Handler inner) throws Exception {
        ClientLink client = new ClientLink(ctx.req());
        try {
            RequestWork.run(() -> inner.handle(ctx), client);
        } catch (Exception e) {
            if (!client.left()) {
                throw e;
            }
            ctx.status(CLIENT_LEFT);
        } finally {
            if (client.tookNextRequest()) {
                ctx.header(Header.CONNECTION, "close");
            }
        }
    }

    static boolean mayBlock(HandlerType method, String path) {
        return WRITES.contains(method)
                || method.equals(HandlerType.GET) && (path.endsWith("/attachments/{attachmentId}/data")
                || path.endsWith("/attachments/{attachmentId}/file")
                || path.equals("/v1/attachments/{id}/data.json"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
