package io.frontdesk.jobs;

import io.frontdesk.Application;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.QueueWorker;
import io.frontdesk.queue.RetrySchedule;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.ManualClock;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.MigratedSqlite;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One private database (a temporary SQLite directory or a fresh PostgreSQL database) opened as one or more
 * {@link Application}s on one {@link ManualClock}: several open at once are several nodes, one closed and opened again
 * is a restart. No application's own job worker is started, so each test decides when jobs run.
 */
final class JobsFixture implements AutoCloseable {

    /** Five minutes, as in production: tests move the clock past it instead of waiting. */
    static final Duration LEASE = Duration.ofMinutes(5);

    final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T09:00:00Z"));
    private final Backend backend;
    private final Path dataDir;
    private final String postgresUrl;
    private final List<Application> nodes = new ArrayList<>();
    private final Map<Application, Javalin> servers = new HashMap<>();

    private JobsFixture(Backend backend, Path dataDir, String postgresUrl) {
        this.backend = backend;
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
    }

    /** A database with the current schema, copied from one migrated once per run (nodes open it at once). */
    static JobsFixture create(Backend backend) {
        return create(backend, true);
    }

    /** An empty database, for a test that migrates it itself (to a past version first). */
    static JobsFixture createEmpty(Backend backend) {
        return create(backend, false);
    }

    private static JobsFixture create(Backend backend, boolean migrated) {
        try {
            Path dataDir = Files.createTempDirectory("frontdesk-jobs-test-");
            String postgresUrl = null;
            if (backend == Backend.POSTGRESQL) {
                postgresUrl = migrated ? PostgresLane.createMigratedDatabase() : PostgresLane.createDatabase();
            } else if (migrated) {
                MigratedSqlite.copyInto(dataDir);
            }
            return new JobsFixture(backend, dataDir, postgresUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Backend backend() {
        return backend;
    }

    /** The database's JDBC URL, for a test that prepares it before any application opens it. */
    String jdbcUrl() {
        return postgresUrl != null ? postgresUrl : "jdbc:sqlite:" + dataDir.resolve("frontdesk.db").toAbsolutePath();
    }

    /** Opens one more application over the database: a node, or the same node after a restart. */
    Application open() {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, dataDir.toString());
        if (postgresUrl != null) {
            settings.put(ConfigKey.DATABASE_URL, postgresUrl);
        }
        Application app = Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings)), clock);
        nodes.add(app);
        return app;
    }

    /** Closes a node as `serve` does on SIGTERM, keeping the data. */
    void stop(Application app) {
        Javalin http = servers.remove(app);
        if (http != null) {
            http.stop();
        }
        nodes.remove(app);
        app.close();
    }

    long newAccount(Application app) {
        return owner(app).accountId();
    }

    User owner(Application app) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return app.accounts().createAccount("Jobs " + unique, "Olivia", "Owner", "owner-" + unique + "@jobs.test");
    }

    JdbcJobStore store(Application app) {
        return new JdbcJobStore(app.database(), clock);
    }

    /** A worker of its own (not the application's) with a recognisable node name and a quick schedule. */
    QueueLane<ClaimedJob> worker(Application app, String node, int batchSize, int maxAttempts, JobHandler handler) {
        QueueSettings settings = new QueueSettings("jobs", Duration.ofMillis(20), LEASE, LEASE.dividedBy(2),
                batchSize, 1, new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1), maxAttempts), 0);
        return new QueueWorker(node, clock).register(settings,
                new JobRunner(store(app), app.database(), clock, Map.of(JobKind.CUSTOMER_DELETE, handler)));
    }

    /** The application's HTTP API on a free port, and a 2.0 client of the owner (the job worker stays off). */
    Client serveV2(Application app, User owner) {
        Javalin http = app.http().start("127.0.0.1", 0);
        servers.put(app, http);
        IssuedSecret oauth = app.accounts().issueCredential(owner.accountId(), owner.id(),
                CredentialKind.HELPSCOUT_OAUTH_APP, "jobs test", Optional.empty(), Optional.empty());
        Client anonymous = new Client("http://127.0.0.1:" + http.port(), Map.of());
        Response token = anonymous.send("POST", "/v2/oauth2/token", "grant_type=client_credentials&client_id="
                + enc(oauth.credential().clientId()) + "&client_secret=" + enc(oauth.secret()),
                "application/x-www-form-urlencoded");
        if (token.status() != 200) {
            throw new IllegalStateException("token: " + token);
        }
        return new Client(anonymous.base(), Map.of("Authorization", "Bearer "
                + token.json().get("access_token").asText()));
    }

    @Override
    public void close() {
        servers.values().forEach(Javalin::stop);
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

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
