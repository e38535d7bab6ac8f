package io.frontdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Frontdesk as a separate process: {@code java -cp <this JVM's class path> io.frontdesk.Main serve --port 0 …}, so a
 * test can kill it for real (SIGKILL) or stop it as an operator would (SIGTERM), and start another on the same data.
 * First start creates one account with the fixed {@link #CLIENT_ID credentials} below, through the
 * {@code FRONTDESK_BOOTSTRAP_*} variables; every later start on the same data finds it.
 *
 * <pre>{@code
 * try (ChildServer server = ChildServer.start(ChildServer.options("crash", dataDir))) {
 *     Client v2 = server.v2();
 *     ...
 *     server.kill();                                        // SIGKILL: no shutdown hook runs
 * }
 * }</pre>
 *
 * Output (stdout and stderr) goes to a log file per start, named in every failure.
 */
public final class ChildServer implements AutoCloseable {

    public static final String CLIENT_ID = "childclient0000000000000000000001";
    public static final String CLIENT_SECRET = "childsecret0000000000000000000001";
    public static final String API_KEY = "childapikey0000000000000000000001";
    public static final String HELPCRUNCH_KEY = "childhelpcrunch000000000000000001";

    private static final Pattern READY = Pattern.compile("Frontdesk ready on (http://[^\\s]+:\\d+)");
    private static final long START_MILLIS = 60_000;
    private static final long STOP_SECONDS = 30;
    /** One folder of logs per test JVM. */
    private static final String RUN = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
            .format(Instant.now());

    /**
     * How to start a node.
     *
     * @param name        names the log files
     * @param dataDir     the data directory (the SQLite database lives here)
     * @param databaseUrl a PostgreSQL JDBC URL, or null for SQLite in {@code dataDir}
     * @param env         more {@code FRONTDESK_*} variables (SMTP, rate limits)
     */
    public record Options(String name, Path dataDir, String databaseUrl, Map<String, String> env) {

        public Options withDatabaseUrl(String url) {
            return new Options(name, dataDir, url, env);
        }

        public Options withName(String other) {
            return new Options(other, dataDir, databaseUrl, env);
        }

        public Options withEnv(String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(env);
            more.put(key, value);
            return new Options(name, dataDir, databaseUrl, more);
        }
    }

    private final Options options;
    private final Process process;
    private final Path log;
    private final String baseUrl;
    private String accessToken;

    private ChildServer(Options options, Process process, Path log, String baseUrl) {
        this.options = options;
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    public static Options options(String name, Path dataDir) {
        return new Options(name, dataDir, null, Map.of());
    }

    /** Starts a node and waits (at most a minute) for its ready line; a node that exits or hangs fails the test. */
    public static ChildServer start(Options options) {
        Path log = nextLog(options);
        ProcessBuilder builder = new ProcessBuilder(command(options));
        Map<String, String> env = builder.environment();
        // The child's configuration is this test's alone, never a FRONTDESK_* variable of the shell running Maven.
        env.keySet().removeIf(key -> key.startsWith("FRONTDESK_"));
        env.put("FRONTDESK_BOOTSTRAP_CLIENT_ID", CLIENT_ID);
        env.put("FRONTDESK_BOOTSTRAP_CLIENT_SECRET", CLIENT_SECRET);
        env.put("FRONTDESK_BOOTSTRAP_API_KEY", API_KEY);
        env.put("FRONTDESK_BOOTSTRAP_HELPCRUNCH_KEY", HELPCRUNCH_KEY);
        env.put("FRONTDESK_SHUTDOWN_GRACE_SECONDS", "5");
        // Load from a test would trip the per-account limits; a test about limits turns them on in its options.
        env.put("FRONTDESK_RATE_LIMIT_DEFAULT_MODE", "off");
        env.put("FRONTDESK_AUTH_FAILURES_PER_ADDRESS", "0");
        env.put("FRONTDESK_AUTH_FAILURES_PER_CLIENT", "0");
        env.putAll(options.env());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + options.name(), e);
        }
        String baseUrl = awaitReady(process, log);
        return new ChildServer(options, process, log, baseUrl);
    }

    /** Starts another node with the same options: after {@link #kill} or {@link #stop}, a restart on the same data. */
    public ChildServer restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(options.name() + " is still running");
        }
        return start(options);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Options options() {
        return options;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /**
     * SIGKILL: the process dies at once, mid-request, without shutdown hooks. Waits until it is gone and answers its
     * exit code (137 when the signal killed it).
     */
    public int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /**
     * SIGTERM: `serve`'s shutdown hook finishes requests in flight and stops background work. Waits for the exit and
     * answers the exit code (143 after a shutdown by the signal).
     */
    public int stop() {
        process.destroy();
        return awaitExit();
    }

    /** Help Scout 2.0 with a bearer token from the node's own token endpoint (tokens live in the shared database). */
    public Client v2() {
        return v2(token());
    }

    /** A 2.0 access token issued by this node (client credentials grant), fetched once. */
    public synchronized String token() {
        if (accessToken == null) {
            String form = "grant_type=client_credentials&client_id=" + enc(CLIENT_ID) + "&client_secret="
                    + enc(CLIENT_SECRET);
            Response response = anonymous().send("POST", "/v2/oauth2/token", form,
                    "application/x-www-form-urlencoded");
            if (response.status() != 200) {
                throw new IllegalStateException("token request to " + options.name() + " failed: " + response);
            }
            accessToken = response.json().get("access_token").asText();
        }
        return accessToken;
    }

    /** Help Scout 2.0 with a token obtained elsewhere (from another node). */
    public Client v2(String token) {
        return new Client(baseUrl, Map.of("Authorization", "Bearer " + token));
    }

    public Client v1() {
        String basic = Base64.getEncoder().encodeToString((API_KEY + ":X").getBytes(StandardCharsets.UTF_8));
        return new Client(baseUrl, Map.of("Authorization", "Basic " + basic));
    }

    /** HelpCrunch, relative to the default prefix. */
    public Client hc() {
        return new Client(baseUrl + "/helpcrunch/v1", Map.of("Authorization", "Bearer " + HELPCRUNCH_KEY));
    }

    public Client anonymous() {
        return new Client(baseUrl, Map.of());
    }

    /** Kills the node if it still runs, so a failing test leaves no process behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
                throw new IllegalStateException(options.name() + " did not exit within " + STOP_SECONDS + " s; log "
                        + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(Options options) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // Small and quick to start: these nodes serve a test's load, not a benchmark.
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        // The production class path: without the test classes' logback-test.xml (warnings only), the child logs as
        // production does, which includes the ready line this class waits for.
        command.add("-cp");
        command.add(productionClassPath());
        command.add("io.frontdesk.Main");
        command.add("serve");
        command.add("--host");
        command.add("127.0.0.1");
        command.add("--port");
        command.add("0");
        command.add("--data-dir");
        command.add(options.dataDir().toString());
        if (options.databaseUrl() != null) {
            command.add("--database-url");
            command.add(options.databaseUrl());
        }
        return command;
    }

    public static String productionClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String awaitReady(Process process, Path log) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline) {
            String text = read(log);
            Matcher ready = READY.matcher(text);
            if (ready.find()) {
                return ready.group(1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + " before it was ready;"
                        + " log " + log + ":\n" + text);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("server not ready within " + START_MILLIS / 1000 + " s; log " + log + ":\n"
                + read(log));
    }

    /** Logs outlive the test's temporary data, for diagnosis: {@code target/child-servers/<run>/<name>-<n>.log}. */
    private static Path nextLog(Options options) {
        Path dir = Path.of("target", "child-servers", RUN);
        try {
            Files.createDirectories(dir);
            for (int n = 1; ; n++) {
                try {
                    return Files.createFile(dir.resolve(options.name() + "-" + n + ".log"));
                } catch (FileAlreadyExistsException e) {
                    // taken by an earlier start of this name: try the next number
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
