package io.frontdesk.webhook;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.PostgresLane;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One private database opened as one or more {@link Application}s on a {@link ManualClock}, with webhooks allowed to
 * reach the loopback receiver unless a node is opened with {@code allowPrivate} false. The delivery queue is driven
 * step by step ({@link #runOnce}) the way the worker drains it.
 */
final class WebhookFixture implements AutoCloseable {

    static final Duration LEASE = Duration.ofMinutes(5);

    final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final Path dataDir;
    private final String postgresUrl;
    private final List<Application> nodes = new ArrayList<>();

    private WebhookFixture(Path dataDir, String postgresUrl) {
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
    }

    static WebhookFixture create(Backend backend) {
        try {
            Path dir = Files.createTempDirectory("frontdesk-webhook-test-");
            return new WebhookFixture(dir, backend == Backend.POSTGRESQL ? PostgresLane.createDatabase() : null);
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
        return new WebhookDeliveryQueue(new JdbcDeliveryStore(app.database()),
                new JdbcSubscriptionStore(app.database()), payloads,
                new PinnedHttpSender(addresses, Duration.ofSeconds(2), Duration.ofSeconds(2)), policy, clock);
    }

    WebhookFanOut fanOut(Application app, PayloadRegistry payloads) {
        return new WebhookFanOut(new JdbcSubscriptionStore(app.database()), new JdbcDeliveryStore(app.database()),
                payloads, clock);
    }

    /**
     * One poll of the queue as the worker's lane makes it (claim what is due, run each, record the outcome), without
     * the lane's ERROR line for each give-up, which these tests cause on purpose. {@link WebhookWorkerTest} runs the
     * real lane.
     */
    int runOnce(WebhookDeliveryQueue queue, String node) {
        Instant now = clock.instant();
        List<ClaimedDelivery> batch = queue.claim(node, now, now.plus(LEASE), 10);
        for (ClaimedDelivery d : batch) {
            int attempt = d.attempts() + 1;
            queue.record(d, node, attempt, queue.run(d, node, attempt));
        }
        return batch.size();
    }

    @Override
    public void close() {
        nodes.forEach(Application::close);
        if (postgresUrl != null) {
            PostgresLane.dropDatabase(postgresUrl);
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
