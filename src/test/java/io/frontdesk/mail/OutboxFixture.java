package io.frontdesk.mail;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.mail.smtp.SmtpMailSender;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.QueueWorker;
import io.frontdesk.queue.RetrySchedule;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.MailServer;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.MigratedSqlite;

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
 * One private database (a temporary SQLite directory or a fresh PostgreSQL database) with SMTP pointed at a
 * {@link MailServer}, opened as one or more {@link Application}s: several open at once are several nodes, one closed
 * and opened again is a restart. Every node runs on the same {@link ManualClock}. Never the shared test server: these
 * settings must not leak into other suites.
 */
final class OutboxFixture implements AutoCloseable {

    /** Short enough that tests never wait long, long enough to hold a claim through a whole test step. */
    static final Duration LEASE = Duration.ofMinutes(5);

    final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final Backend backend;
    private final Path dataDir;
    private final String postgresUrl;
    private final Map<ConfigKey, String> settings;
    private final List<Application> nodes = new ArrayList<>();

    private OutboxFixture(Backend backend, Path dataDir, String postgresUrl, Map<ConfigKey, String> settings) {
        this.backend = backend;
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
        this.settings = settings;
    }

    static OutboxFixture create(Backend backend, MailServer mail) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("frontdesk-mail-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, dataDir.toString());
        settings.putAll(mail.settings());
        String postgresUrl = null;
        // A database with the current schema, copied from one migrated once per run: nodes open it at once.
        if (backend == Backend.POSTGRESQL) {
            postgresUrl = PostgresLane.createMigratedDatabase();
            settings.put(ConfigKey.DATABASE_URL, postgresUrl);
        } else {
            MigratedSqlite.copyInto(dataDir);
        }
        return new OutboxFixture(backend, dataDir, postgresUrl, settings);
    }

    Backend backend() {
        return backend;
    }

    /** Opens one more application over the database: a node, or the same node after a restart. */
    Application open() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings));
        Application app = Application.open(config, clock);
        nodes.add(app);
        return app;
    }

    /** An account to own the messages (the outbox row's foreign key). */
    long newAccount(Application app) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return app.accounts().createAccount("Mail " + unique, "Olivia", "Owner", "owner-" + unique + "@mail.test")
                .accountId();
    }

    JdbcOutbox outbox(Application app) {
        return new JdbcOutbox(app.database(), clock);
    }

    /** A worker of its own (not the application's) with a recognisable node name and a small batch. */
    QueueLane<ClaimedMessage> worker(Application app, String node, int batchSize) {
        return worker(app, node, new SmtpMailSender(app.config().smtp()), Duration.ofSeconds(30), batchSize);
    }

    /** A worker of its own sending through {@code sender}, each send budgeted {@code budget}. */
    QueueLane<ClaimedMessage> worker(Application app, String node, MailSender sender, Duration budget,
                                     int batchSize) {
        QueueSettings settings = new QueueSettings("outbox", Duration.ofMillis(20), LEASE, budget, batchSize, 1,
                RetrySchedule.DEFAULT, 0);
        return new QueueWorker(node, clock).register(settings, new OutboxSender(outbox(app), sender, clock));
    }

    @Override
    public void close() {
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
