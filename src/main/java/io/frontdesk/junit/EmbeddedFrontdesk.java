package io.frontdesk.junit;

import io.frontdesk.Application;
import io.frontdesk.cli.SandboxDefaults;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.db.NewStore;
import io.frontdesk.setup.FirstStart;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A sandbox in the test's JVM, started as `frontdesk sandbox` starts one (its defaults, a temporary store removed at
 * close, first start registered for resets) but with no shutdown hook and no ready line: the extension stops it.
 * The environment's {@code FRONTDESK_*} variables are not read, so a developer's shell cannot change a test run.
 */
final class EmbeddedFrontdesk implements AutoCloseable {

    private final Application app;
    private final Javalin http;
    private final Path throwaway;
    private final FrontdeskSandbox sandbox;

    private EmbeddedFrontdesk(Application app, Javalin http, Path throwaway, FrontdeskSandbox sandbox) {
        this.app = app;
        this.http = http;
        this.throwaway = throwaway;
        this.sandbox = sandbox;
    }

    /** @param settings config-file keys ({@code database-url}, …) over the sandbox's defaults */
    static EmbeddedFrontdesk start(Map<String, String> settings) {
        Map<ConfigKey, String> flags = keys(settings);
        Map<ConfigKey, String> values = ConfigSources.merge(SandboxDefaults.VALUES, null, Map.of(), flags);
        Path throwaway = values.get(ConfigKey.DATA_DIR).isEmpty() ? temporaryDirectory() : null;
        if (throwaway != null) {
            values.put(ConfigKey.DATA_DIR, throwaway.toString());
        }
        Application app = null;
        try {
            FrontdeskConfig config = FrontdeskConfig.from(values);
            // the routes are built while the schema migrates, as `sandbox` does
            AtomicReference<Javalin> routes = new AtomicReference<>();
            app = Application.open(config, Clock.systemUTC(), opening -> routes.set(opening.http()),
                    NewStore.FROM_TEMPLATE);
            SandboxAccount first = app.firstStart().runIfEmpty(config.bootstrap())
                    .map(EmbeddedFrontdesk::account).orElse(null);
            if (first != null) {
                // what the admin API's reset of that account returns to, as under `sandbox`
                app.sandboxAccounts().remember(first.id());
            }
            Javalin http = routes.get().start(config.host(), config.port());
            app.start();
            URI base = URI.create("http://" + reachable(config.host()) + ":" + http.port());
            String token = config.sandbox().adminToken().orElseThrow(() -> new IllegalArgumentException(
                    "admin-token is empty: the extension drives the sandbox through its admin API"));
            return new EmbeddedFrontdesk(app, http, throwaway,
                    new FrontdeskSandbox(base, config.helpcrunchPrefix(), token, first));
        } catch (RuntimeException | Error e) {
            if (app != null) {
                app.close();
            }
            delete(throwaway);
            throw e;
        }
    }

    FrontdeskSandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        http.stop();
        app.close();
        delete(throwaway);
    }

    private static SandboxAccount account(FirstStart.Result made) {
        return new SandboxAccount(made.owner().accountId(), made.owner().id(), made.owner().email(),
                made.mailbox().id(), made.mailbox().email(), made.oauthApp().credential().clientId(),
                made.oauthApp().secret(), made.apiKey().secret(), made.helpcrunchKey().secret());
    }

    private static Map<ConfigKey, String> keys(Map<String, String> settings) {
        Map<ConfigKey, String> keys = new EnumMap<>(ConfigKey.class);
        settings.forEach((name, value) -> {
            ConfigKey key = Stream.of(ConfigKey.values()).filter(k -> k.key().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown Frontdesk setting '" + name
                            + "' (the keys of a config file, such as database-url)"));
            keys.put(key, value);
        });
        return keys;
    }

    private static String reachable(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("frontdesk-junit-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's temporary data directory", e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("frontdesk: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
