package io.frontdesk.testing;

import io.frontdesk.Application;
import io.frontdesk.account.CredentialKind;
import io.frontdesk.account.IssuedSecret;
import io.frontdesk.account.User;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.mailbox.Mailbox;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real Frontdesk server on a random port, built through {@link Application} exactly as `serve` builds it.
 */
public final class TestServer implements AutoCloseable {

    private static final Map<Backend, TestServer> SHARED = new ConcurrentHashMap<>();
    private static final AtomicInteger TENANTS = new AtomicInteger();

    private final Backend backend;
    private final Application app;
    private final Javalin http;
    private final Path dataDir;
    private final String postgresUrl;

    private TestServer(Backend backend, Application app, Javalin http, Path dataDir, String postgresUrl) {
        this.backend = backend;
        this.app = app;
        this.http = http;
        this.dataDir = dataDir;
        this.postgresUrl = postgresUrl;
    }

    static TestServer shared(Backend backend) {
        return SHARED.computeIfAbsent(backend, b -> {
            TestServer server = start(b, Map.of(), TestRoutes::register);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    /** A server of its own, for tests that change settings or stop it; the caller closes it. */
    public static TestServer start(Backend backend, Map<ConfigKey, String> settings, Consumer<RoutesConfig> extra) {
        return start(backend, settings, extra, Clock.systemUTC());
    }

    /** A server of its own on a clock the test drives (a {@link ManualClock}); the caller closes it. */
    public static TestServer start(Backend backend, Map<ConfigKey, String> settings, Consumer<RoutesConfig> extra,
                                   Clock clock) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("frontdesk-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.PORT, "0");
        flags.put(ConfigKey.HOST, "127.0.0.1");
        flags.put(ConfigKey.DATA_DIR, dataDir.toString());
        flags.put(ConfigKey.SHUTDOWN_GRACE_SECONDS, "5");
        // Rate limits stay off unless a test turns them on, for its tenant (RateLimitService) or its own server.
        flags.put(ConfigKey.RATE_LIMIT_DEFAULT_MODE, "off");
        // So are the limits on failed authentications: every test comes from 127.0.0.1, and many fail on purpose.
        flags.put(ConfigKey.AUTH_FAILURES_PER_ADDRESS, "0");
        flags.put(ConfigKey.AUTH_FAILURES_PER_CLIENT, "0");
        String postgresUrl = null;
        // A database URL in the settings joins that database as one more node (see databaseUrl()); it is not dropped.
        // A new database starts as a copy of one already migrated: the start's Flyway finds nothing to do.
        if (backend == Backend.POSTGRESQL && !settings.containsKey(ConfigKey.DATABASE_URL)) {
            postgresUrl = PostgresLane.createMigratedDatabase();
            flags.put(ConfigKey.DATABASE_URL, postgresUrl);
        } else if (backend == Backend.SQLITE && !settings.containsKey(ConfigKey.DATABASE_URL)
                && !settings.containsKey(ConfigKey.DATA_DIR)) {
            MigratedSqlite.copyInto(dataDir);
        }
        flags.putAll(settings);
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
        Application app = Application.open(config, clock);
        Javalin http = app.http(extra).start(config.host(), config.port());
        // Jobs finish what requests durably accepted (async deletes), so every test server runs them as serve does;
        // the outbox worker stays off unless a test starts it, so mail tests can drive it step by step.
        app.jobWorker().start();
        app.rollupWorker().start();
        // Credentials are cached as under serve, so every test goes through the cache.
        app.startCredentialCache();
        // So are accounts' webhook subscriptions (the fan-out's cache), as under serve.
        app.startSubscriptionCache();
        return new TestServer(backend, app, http, dataDir, postgresUrl);
    }

    public Backend backend() {
        return backend;
    }

    public Application app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The PostgreSQL database this server created, for a second node: {@code start(POSTGRESQL,
     * Map.of(ConfigKey.DATABASE_URL, first.databaseUrl()), …)}; close the second node first. Null on SQLite.
     */
    public String databaseUrl() {
        return postgresUrl;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.port();
    }

    /** The running Javalin server, so suites can enumerate the endpoints it actually registered. */
    public Javalin http() {
        return http;
    }

    /** An account of its own with an owner, a mailbox and one credential of each kind. */
    public Tenant newTenant() {
        int n = TENANTS.incrementAndGet();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        User owner = app.accounts().createAccount("Tenant " + n, "Olivia", "Owner",
                "owner-" + unique + "@tenant" + n + ".test");
        long account = owner.accountId();
        Mailbox mailbox = app.mailboxes().create(account, "Support", "support-" + unique + "@tenant" + n + ".test");
        IssuedSecret app2 = app.accounts().issueCredential(account, owner.id(), CredentialKind.HELPSCOUT_OAUTH_APP,
                "test", Optional.empty(), Optional.empty());
        IssuedSecret key1 = app.accounts().issueCredential(account, owner.id(), CredentialKind.HELPSCOUT_API_KEY,
                "test", Optional.empty(), Optional.empty());
        IssuedSecret crunch = app.accounts().issueCredential(account, owner.id(), CredentialKind.HELPCRUNCH_KEY,
                "test", Optional.empty(), Optional.empty());
        return new Tenant(this, owner, mailbox, app2, key1, crunch);
    }

    @Override
    public void close() {
        http.stop();
        app.close();
        if (postgresUrl != null) {
            PostgresLane.dropDatabaseLater(postgresUrl);
        }
        deleteQuietly(dataDir);
    }

    /** Every private server makes a temporary directory; without this, each run leaves its SQLite files behind. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
