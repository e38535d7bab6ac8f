package io.frontdesk.webhook;

import ch.qos.logback.classic.Level;
import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.core.Transactions;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.QueueWorker;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.MigratedSqlite;
import io.frontdesk.webhook.http.PinnedHttpSender;
import io.frontdesk.webhook.jdbc.JdbcDeliveryStore;
import io.frontdesk.webhook.jdbc.JdbcSubscriptionStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One private database opened as one or more {@link Application}s on a {@link ManualClock}, with webhooks allowed to
 * reach the loopback receiver unless a node is opened with {@code allowPrivate} false. The delivery queue is driven
 * step by step ({@link #runOnce}) the way the worker drains it.
 */
final class WebhookFixture implements AutoCloseable {

    /** The attempts' total timeout in these tests; the lanes' lease follows from it as the application's does. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration LEASE = WebhookDeliveryQueue.settings(Duration.ofSeconds(1), TIMEOUT, DeliveryPolicy.DEFAULT)
            .lease();
    /** Subscription changes never heard, so a fan-out of these tests reads the subscriptions at every event. */
    private static final SubscriptionChanges NEVER_HEARD = new SubscriptionChanges() {
        @Override
        public long version() {
            return UNKNOWN;
        }

        @Override
        public void changed() {
        }

        @Override
        public void start() {
        }

        @Override
        public void close() {
        }
    };

    final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final Path dataDir;
    private final String postgresUrl;
    private final List<Application> nodes = new ArrayList<>();
    private final Map<WebhookDeliveryQueue, DeliveryPolicy> policies = new IdentityHashMap<>();
    private final Map<WebhookDeliveryQueue, QueueLane<ClaimedDelivery>> lanes = new IdentityHashMap<>();
    private final List<QueueWorker> workers = new ArrayList<>();
    /**
     * The lanes' and queue's lines these tests provoke on purpose (failed attempts and give-ups at WARN, a retry
     * schedule's end at ERROR, a subscription disabled), held back from the build log; {@link #laneLog} shows them.
     */
    private final LogCapture laneLog = LogCapture.of(QueueLane.class, event -> event.getLevel() == Level.WARN
            || event.getLevel() == Level.ERROR && event.getFormattedMessage().contains("given up after"));
    private final LogCapture queueLog = LogCapture.of(WebhookDeliveryQueue.class,
            LogCapture.at(Level.WARN, "disabled"));

    private WebhookFixture(Path dataDir, String postgresUrl) {
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
    }

    static WebhookFixture create(Backend backend) {
        try {
            // A database with the current schema, copied from one migrated once per run: nodes open it at once.
            Path dir = Files.createTempDirectory("frontdesk-webhook-test-");
            if (backend == Backend.SQLITE) {
                MigratedSqlite.copyInto(dir);
            }
            return new WebhookFixture(dir, backend == Backend.POSTGRESQL ? PostgresLane.createMigratedDatabase()
                    : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Application open(boolean allowPrivate) {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, dataDir.toString());
        settings.put(ConfigKey.WEBHOOK_ALLOW_PRIVATE, Boolean.toString(allowPrivate));
        if (postgresUrl != null) {
            settings.put(ConfigKey.DATABASE_URL, postgresUrl);
        }
        Application app = Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings)), clock);
        nodes.add(app);
        return app;
    }

    long newAccount(Application app) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return app.accounts().createAccount("Hooks " + unique, "Olivia", "Owner", "owner-" + unique + "@hooks.test")
                .accountId();
    }

    /** A queue of its own over the node's database, with these payloads, this policy and a 2 s total timeout. */
    WebhookDeliveryQueue queue(Application app, PayloadRegistry payloads, DeliveryPolicy policy) {
        AddressPolicy addresses = new AddressPolicy(app.config().webhooks().allowPrivate());
        WebhookDeliveryQueue queue = new WebhookDeliveryQueue(new JdbcDeliveryStore(app.database()),
                new JdbcSubscriptionStore(app.database()), payloads,
                new PinnedHttpSender(addresses, TIMEOUT, TIMEOUT), policy, clock, app.config().webhooks().retention());
        policies.put(queue, policy);
        return queue;
    }

    /** A fan-out that reads the subscriptions at every event, opens no transaction and wakes nobody. */
    WebhookFanOut fanOut(Application app, PayloadRegistry payloads) {
        return new WebhookFanOut(new SubscriptionCache(new JdbcSubscriptionStore(app.database()), NEVER_HEARD),
                new JdbcDeliveryStore(app.database()), payloads, new Transactions() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return work.get();
                    }
                }, () -> { }, clock);
    }

    /**
     * One poll of the queue by a lane of its own, built as the application builds its "webhooks" lane (the same
     * settings from the same policy and timeout, on this fixture's clock): the real claim, run, retry and give-up
     * code with its log lines, which tests that cause them on purpose hold back with {@code LogCapture}.
     */
    int runOnce(WebhookDeliveryQueue queue, String node) {
        return lanes.computeIfAbsent(queue, q -> {
            QueueWorker worker = new QueueWorker(node, clock);
            workers.add(worker);
            QueueSettings app = WebhookDeliveryQueue.settings(Duration.ofSeconds(1), TIMEOUT, policies.get(q));
            // one item after the other, so the order of attempts the tests assert on is fixed
            return worker.register(new QueueSettings(app.name(), app.pollInterval(), app.lease(), app.itemBudget(),
                    app.batchSize(), 1, app.retries(), app.jitter()), q);
        }).runOnce();
    }

    /** The lane lines held back so far (level and message), in order. */
    List<String> laneLog() {
        return laneLog.events().stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        workers.forEach(QueueWorker::close);
        laneLog.close();
        queueLog.close();
        nodes.forEach(Application::close);
        if (postgresUrl != null) {
            PostgresLane.dropDatabaseLater(postgresUrl);
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
