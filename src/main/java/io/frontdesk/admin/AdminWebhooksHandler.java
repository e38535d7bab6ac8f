package io.frontdesk.admin;

import io.frontdesk.sandbox.DeliveryView;
import io.frontdesk.sandbox.SandboxWebhooks;
import io.frontdesk.web.Requests;
import io.frontdesk.web.Responses;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An account's webhook deliveries with their attempts, and the await call: it answers as soon as a delivery of the
 * event (and resource) has been delivered, or when the timeout passes. The wait holds no request thread: the request
 * is suspended (Javalin's future) and one scheduler thread looks at the delivery log every few milliseconds for all
 * waiting requests.
 */
final class AdminWebhooksHandler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminWebhooksHandler.class);
    private static final long CHECK_EVERY_MS = 20;

    private final SandboxWebhooks webhooks;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "frontdesk-webhook-await");
        t.setDaemon(true);
        return t;
    });

    AdminWebhooksHandler(SandboxWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** GET /_frontdesk/accounts/{id}/webhooks/deliveries?event=&resourceId=&limit= */
    void deliveries(Context ctx) {
        long account = Requests.pathId(ctx, "id");
        Long resource = AdminReaders.queryId("resourceId", ctx.queryParam("resourceId"));
        int limit = AdminReaders.limit(ctx.queryParam("limit"), SandboxWebhooks.LIMIT);
        List<DeliveryView> found = webhooks.deliveries(account, ctx.queryParam("event"), resource, false, limit);
        Responses.json(ctx, 200, "application/json", found.stream()
                .map(v -> AdminWire.delivery(v, webhooks.attempts(account, v.delivery().id()))).toList());
    }

    /** Answer of the await call: the delivery, or delivered=false when the timeout passed first. */
    record AwaitOut(boolean delivered, AdminWire.DeliveryOut delivery) {
    }

    /** GET /_frontdesk/accounts/{id}/webhooks/await?event=convo.created&resourceId=7&timeoutMs=10000 */
    void await(Context ctx) {
        long account = Requests.pathId(ctx, "id");
        String event = ctx.queryParam("event");
        Long resource = AdminReaders.queryId("resourceId", ctx.queryParam("resourceId"));
        long timeout = AdminReaders.timeoutMillis(ctx.queryParam("timeoutMs"));
        // Checked at once on this thread: an unknown account is a 404 now, and a delivery already made answers now.
        AwaitOut now = check(account, event, resource);
        if (now.delivered() || timeout == 0) {
            Responses.json(ctx, 200, "application/json", now);
            return;
        }
        CompletableFuture<AwaitOut> result = new CompletableFuture<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        scheduler.schedule(() -> poll(result, account, event, resource, deadline), CHECK_EVERY_MS,
                TimeUnit.MILLISECONDS);
        ctx.future(() -> result.thenAccept(out -> Responses.json(ctx, 200, "application/json", out)));
    }

    private void poll(CompletableFuture<AwaitOut> result, long account, String event, Long resource, long deadline) {
        try {
            AwaitOut out = check(account, event, resource);
            if (out.delivered() || System.nanoTime() - deadline >= 0) {
                result.complete(out);
                return;
            }
            scheduler.schedule(() -> poll(result, account, event, resource, deadline), CHECK_EVERY_MS,
                    TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.debug("webhook await failed: {}", e.getMessage());
            result.completeExceptionally(e);
        }
    }

    private AwaitOut check(long account, String event, Long resource) {
        List<DeliveryView> found = webhooks.deliveries(account, event, resource, true, 1);
        if (found.isEmpty()) {
            return new AwaitOut(false, null);
        }
        DeliveryView v = found.get(0);
        return new AwaitOut(true, AdminWire.delivery(v, webhooks.attempts(account, v.delivery().id())));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
