package io.frontdesk.bench;

import com.sun.net.httpserver.HttpServer;
import io.frontdesk.Application;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.customer.CustomerField;
import io.frontdesk.customer.NewCustomer;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.webhook.NewSubscription;
import io.frontdesk.webhook.WebhookDialect;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `bench webhooks`, in process against a local receiver (the JDK's HttpServer on loopback, answering 200 at once):
 * customer creates per second without and with an active Help Scout 2.0 subscription (the event record plus the
 * fan-out's capture and insert), deliveries per second draining the backlog those creates left, and commit-to-delivery
 * latency with the worker running while customers are created at a fixed rate.
 */
final class WebhookBenchmark {

    /**
     * @param twoEventsPerSecond creates that record one more event in their transaction, for the cost of one event
     */
    record Result(String database, int creates, double plainPerSecond, double twoEventsPerSecond,
                  double subscribedPerSecond, int deliveries, double deliveriesPerSecond, int rate, int latencySamples,
                  double p50, double p99, int errors) {

        double overheadPercent() {
            return (plainPerSecond / subscribedPerSecond - 1) * 100;
        }

        /**
         * One event record (its insert and the fan-out's look at an account without subscriptions) against the rest
         * of a create: the time the second event adds, over a create's time without its own event.
         */
        double eventPercent() {
            double create = 1 / plainPerSecond;
            double event = 1 / twoEventsPerSecond - create;
            return event / (create - event) * 100;
        }
    }

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private WebhookBenchmark() {
    }

    static Result run(String name, BenchDatabase database, int creates, int rate, int seconds) throws Exception {
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = ID.matcher(body);
                if (m.find()) {
                    arrived.putIfAbsent(Long.parseLong(m.group(1)), System.nanoTime());
                }
                received.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(receiverThreads);
        receiver.start();
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.DATA_DIR, database.dataDir().toString());
        flags.put(ConfigKey.DATABASE_URL, database.databaseUrl());
        flags.put(ConfigKey.RATE_LIMIT_DEFAULT_MODE, "off");
        flags.put(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "true");
        try (Application app = Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags)))) {
            app.startSubscriptionCache();
            long plain = account(app, "plain");
            long subscribed = account(app, "hooked");
            app.webhooks().create(subscribed, new NewSubscription(WebhookDialect.HELPSCOUT_V2,
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", List.of("customer.created"),
                    "benchsecret", null, null, null, null, null));
            createAll(app, plain, creates / 4);
            createTwice(app, plain, creates / 4);
            createAll(app, subscribed, creates / 4);
            // one create of each side in turn, in a rotating order, each timed alone: on a shared machine a burst of
            // load then weighs on every side alike, and the medians leave the bursts out
            long[] plainNanos = new long[creates];
            long[] twiceNanos = new long[creates];
            long[] hookedNanos = new long[creates];
            for (int i = 0; i < creates; i++) {
                for (int k = 0; k < 3; k++) {
                    switch ((i + k) % 3) {
                        case 0 -> plainNanos[i] = createAll(app, plain, 1);
                        case 1 -> twiceNanos[i] = createTwice(app, plain, 1);
                        default -> hookedNanos[i] = createAll(app, subscribed, 1);
                    }
                }
            }
            int backlog = creates / 4 + creates;

            long start = System.nanoTime();
            while (app.webhookWorker().runOnce() > 0) {
                // drain
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            int delivered = received.get();

            arrived.clear();
            Map<Long, Long> committed = new ConcurrentHashMap<>();
            app.webhookWorker().start();
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < rate * seconds; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long id = create(app, subscribed, "rate" + i);
                committed.put(id, System.nanoTime());
                next += interval;
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!arrived.keySet().containsAll(committed.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Latencies latencies = new Latencies();
            committed.forEach((id, at) -> {
                Long came = arrived.get(id);
                if (came != null) {
                    latencies.record(came - at);
                }
            });
            int errors = (backlog - delivered) + (committed.size() - latencies.count());
            return new Result(name, creates, 1e9 / median(plainNanos), 1e9 / median(twiceNanos),
                    1e9 / median(hookedNanos),
                    delivered, delivered / drainSeconds, rate, latencies.count(), latencies.percentileMillis(50),
                    latencies.percentileMillis(99), errors);
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long account(Application app, String name) {
        User owner = app.accounts().createAccount("Bench " + name, "Bench", "Owner", name + "@bench.test");
        return owner.accountId();
    }

    private static int names;

    private static long createAll(Application app, long account, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            create(app, account, "c" + names++);
        }
        return System.nanoTime() - start;
    }

    /** Creates that record a second event (an update's) in their transaction: what one event costs, measured. */
    private static long createTwice(Application app, long account, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String name = "t" + names++;
            app.database().run(() -> {
                long id = app.customers().createWithin(account, null, new NewCustomer(
                        Map.of(CustomerField.FIRST_NAME, name), List.of(), null, List.of(), List.of()));
                app.eventLog().record(account, EventType.CUSTOMER_UPDATED, id, null,
                        Map.of(EventDetails.CHANGED, "name"));
            });
        }
        return System.nanoTime() - start;
    }

    private static long create(Application app, long account, String name) {
        return app.customers().create(account, null, new NewCustomer(Map.of(CustomerField.FIRST_NAME, name),
                List.of(), null, List.of(), List.of()));
    }

    static String render(List<Result> results, String commandLine) {
        StringBuilder md = new StringBuilder();
        md.append("## Webhooks\n\n");
        md.append("`").append(commandLine).append("`, in process against a local receiver that answers 200 at once; ")
                .append("customer creates through the core service (no HTTP), one after the other, the three sides in turn, ")
                .append("each create timed alone and creates per second given as one over the median; a Help Scout 2.0 ")
                .append("subscription to `customer.created`. \"Two events\" creates record a second event (an update's) ")
                .append("in their transaction; the event's cost is the time it adds over a create without its event. ")
                .append("Shared two-core machine, other builds running.\n\n");
        md.append("| Database | Creates/s, no subscription | Creates/s, two events | Cost of one event | ")
                .append("Creates/s, with a subscription | Cost of event + fan-out | ")
                .append("Deliveries/s (backlog) | Latency p50 / p99 at ").append("changes/s | Errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append(String.format(java.util.Locale.ROOT, "| %s | %.0f | %.0f | %.1f%% | %.0f | %.1f%% | %.0f (%d) "
                            + "| %.1f / %.1f ms at %d/s (%d) | %d |%n", r.database(), r.plainPerSecond(),
                    r.twoEventsPerSecond(), r.eventPercent(), r.subscribedPerSecond(), r.overheadPercent(),
                    r.deliveriesPerSecond(), r.deliveries(), r.p50(), r.p99(), r.rate(), r.latencySamples(),
                    r.errors()));
        }
        return md.toString();
    }
}
