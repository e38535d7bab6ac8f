package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.db.NewStore;
import io.frontdesk.setup.FirstStart;
import io.frontdesk.web.Json;
import io.javalin.Javalin;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data-sharing archive (`target/frontdesk.jsa`): what `serve` does on a first
 * start (migrate an empty SQLite database, create the first account, start HTTP), then a few requests of each dialect;
 * then what `sandbox` does (its defaults, the template store, first start remembered, the admin API, the ready line)
 * and a few admin calls; then exit. The JVM started with `-XX:ArchiveClassesAtExit` writes every class this loaded into
 * the archive, and a server started with `-XX:SharedArchiveFile` maps them instead of loading them from the jar.
 */
@Command(name = "cds-training", hidden = true,
        description = "Run a first start and a few requests, for the class-data-sharing archive the build makes.")
public final class CdsTrainingCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        serveFirstStart();
        sandboxStart();
        return 0;
    }

    private static void serveFirstStart() throws IOException {
        Path dataDir = Files.createTempDirectory("frontdesk-cds-");
        try {
            Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
            flags.put(ConfigKey.DATA_DIR, dataDir.toString());
            flags.put(ConfigKey.HOST, "127.0.0.1");
            flags.put(ConfigKey.PORT, "0");
            FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
            // serve's own first steps too, so that their classes are in the archive
            PortCheck.check(config.host(), config.port());
            try (DataDirLock lock = DataDirLock.acquire(dataDir); Application app = Application.open(config)) {
                FirstStart.Result first = app.firstStart().runIfEmpty(config.bootstrap()).orElseThrow();
                Javalin http = app.http().start(config.host(), config.port());
                try {
                    exercise("http://127.0.0.1:" + http.port(), first);
                } finally {
                    http.stop();
                }
            }
        } finally {
            delete(dataDir);
        }
    }

    /** `sandbox`'s own start (SandboxCommand, ServerRun) up to its ready line, then the admin calls tests make first. */
    private static void sandboxStart() throws IOException {
        Path dataDir = Files.createTempDirectory("frontdesk-cds-sandbox-");
        try {
            // read as a sandbox's command line is; serve's shutdown grace: the sandbox's 2 s is not always enough for
            // a build on a loaded machine
            Map<ConfigKey, String> values = SandboxArguments.read("sandbox", "--data-dir", dataDir.toString(),
                    "--shutdown-grace-seconds", "20").orElseThrow().config().values(Map.of(), SandboxDefaults.VALUES);
            FrontdeskConfig config = FrontdeskConfig.from(values);
            PortCheck.check(config.host(), config.port());
            AtomicReference<Javalin> routes = new AtomicReference<>();
            try (DataDirLock lock = DataDirLock.acquire(dataDir); Application app = Application.open(config,
                    Clock.systemUTC(), opening -> routes.set(opening.http()), NewStore.FROM_TEMPLATE)) {
                FirstStart.Result first = Store.firstStart(app, new PrintStream(OutputStream.nullOutputStream()))
                        .orElseThrow();
                app.sandboxAccounts().remember(first.owner().accountId());
                Javalin http = routes.get().start(config.host(), config.port());
                app.start();
                try {
                    ReadyLine.write(dataDir.resolve("ready.json"), ReadyLine.render(config, http.port(), false));
                    String base = "http://127.0.0.1:" + http.port();
                    String admin = "Bearer " + SandboxDefaults.ADMIN_TOKEN;
                    call(base, "POST", "/_frontdesk/accounts", admin, "{\"name\":\"Cds\"}", 201);
                    call(base, "GET", "/v2/mailboxes", "Bearer " + Json.MAPPER.readTree(call(base, "POST",
                            "/v2/oauth2/token?grant_type=client_credentials&client_id=" + SandboxDefaults.CLIENT_ID
                                    + "&client_secret=" + SandboxDefaults.CLIENT_SECRET, null, null, 200))
                            .path("access_token").asText(), null, 200);
                    call(base, "POST", "/_frontdesk/accounts/" + first.owner().accountId() + "/reset", admin, null,
                            204);
                } finally {
                    http.stop();
                }
            }
        } finally {
            delete(dataDir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Each request must answer as a working server does: a training run that fails trains the wrong classes. */
    private static void exercise(String base, FirstStart.Result first) throws IOException {
        call(base, "GET", "/health/ready", null, null, 200);
        String token = call(base, "POST", "/v2/oauth2/token?grant_type=client_credentials&client_id="
                + first.oauthApp().credential().clientId() + "&client_secret=" + first.oauthApp().secret(), null, null,
                200);
        String bearer = "Bearer " + Json.MAPPER.readTree(token).path("access_token").asText();
        call(base, "POST", "/v2/customers", bearer, "{\"firstName\":\"Cds\",\"lastName\":\"Training\","
                + "\"emails\":[{\"type\":\"work\",\"value\":\"cds@training.test\"}]}", 201);
        call(base, "GET", "/v2/customers/1", bearer, null, 200);
        call(base, "GET", "/v2/customers?query=(email:%22cds@training.test%22)", bearer, null, 200);
        call(base, "POST", "/v2/conversations", bearer, "{\"subject\":\"Hi\",\"type\":\"email\",\"mailboxId\":"
                + first.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":1},\"threads\":[{\"type\":"
                + "\"customer\",\"customer\":{\"id\":1},\"text\":\"Hello\"}]}", 201);
        call(base, "GET", "/v2/customers/999999", bearer, null, 404);
        String basic = "Basic " + Base64.getEncoder().encodeToString((first.apiKey().secret() + ":X")
                .getBytes(StandardCharsets.UTF_8));
        call(base, "GET", "/v1/customers.json", basic, null, 200);
        call(base, "POST", "/helpcrunch/v1/customers", "Bearer " + first.helpcrunchKey().secret(),
                "{\"name\":\"Cds Training\",\"email\":\"hc@training.test\",\"userId\":\"cds-1\"}", 201);
    }

    /** One request; answers its body, or fails when the status is not the expected one. */
    private static String call(String base, String method, String path, String authorization, String json,
                               int expected) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        if (status != expected) {
            throw new IllegalStateException(method + " " + path + ": expected " + expected + ", got " + status + ": "
                    + text);
        }
        return text;
    }
}
