package io.frontdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Frontdesk as a child process, so the load generator and the server are separate processes and the server's own
 * memory (RSS) can be read. Credentials are fixed through the first-start environment variables.
 */
final class ServerProcess implements AutoCloseable {

    static final String CLIENT_ID = "benchclientid000000000000000000";
    static final String CLIENT_SECRET = "benchclientsecret00000000000000";
    static final String API_KEY = "benchapikey00000000000000000000";
    static final String HELPCRUNCH_KEY = "benchhelpcrunchkey0000000000000";

    private final Process process;
    private final int port;
    private final double startupMillis;

    private ServerProcess(Process process, int port, double startupMillis) {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
    }

    /**
     * Starts `serve` on a free port, with the class-data-sharing archive the build writes beside the jar as the
     * README's command does, and waits until /health/ready answers 200.
     */
    static ServerProcess start(BenchDatabase database, List<String> jvmOptions) throws IOException,
            InterruptedException {
        return start(database, jvmOptions, true);
    }

    /** The archive beside the server jar (`target/frontdesk.jsa`), when the build made one and the server is a jar. */
    static Optional<Path> cdsArchive() {
        return serverJar().map(jar -> jar.resolveSibling("frontdesk.jsa")).filter(Files::isRegularFile);
    }

    /**
     * The jar the server's classes come from (`target/frontdesk.jar`, named by the bench jar's manifest), or nothing
     * when they come from a directory (a test run on target/classes).
     */
    static Optional<Path> serverJar() {
        try {
            Path source = Path.of(io.frontdesk.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return source.toString().endsWith(".jar") ? Optional.of(source) : Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The server's class path: its jar alone, exactly as the archive was written for (a class path with the bench jar
     * first would not match it, and the archive would be refused), or this JVM's class path in a test run.
     */
    private static String serverClassPath() {
        return serverJar().map(Path::toString).orElse(System.getProperty("java.class.path"));
    }

    static ServerProcess start(BenchDatabase database, List<String> jvmOptions, boolean withArchive)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        if (withArchive) {
            cdsArchive().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        }
        command.add("-cp");
        command.add(serverClassPath());
        command.add("io.frontdesk.Main");
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("FRONTDESK_PORT", Integer.toString(port));
        env.put("FRONTDESK_HOST", "127.0.0.1");
        env.put("FRONTDESK_DATA_DIR", database.dataDir().toString());
        env.put("FRONTDESK_DATABASE_URL", database.databaseUrl());
        env.put("FRONTDESK_BOOTSTRAP_CLIENT_ID", CLIENT_ID);
        env.put("FRONTDESK_BOOTSTRAP_CLIENT_SECRET", CLIENT_SECRET);
        env.put("FRONTDESK_BOOTSTRAP_API_KEY", API_KEY);
        env.put("FRONTDESK_BOOTSTRAP_HELPCRUNCH_KEY", HELPCRUNCH_KEY);
        env.put("FRONTDESK_RATE_LIMIT_DEFAULT_MODE", "off");
        // Outgoing mail stays off, as the ceilings assume: an SMTP host inherited from this shell would make the
        // server queue an email per reply that no ceiling writes.
        env.remove("FRONTDESK_SMTP_HOST");
        Path log = database.dataDir().resolve("server.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        long deadline = started + 60_000_000_000L;
        // Probed with a bare socket: the server starts on the same two cores, and a heavier client (the JDK's
        // HttpClient, with its own threads and an exception per refused try) slowed the start it was timing.
        RawHttpClient.Request probe = new RawHttpClient.Request("GET", "/health/ready", null, null);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            try (RawHttpClient http = new RawHttpClient("127.0.0.1", port)) {
                if (http.send(probe).status() == 200) {
                    return new ServerProcess(process, port, (System.nanoTime() - started) / 1e6);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server not ready within 60 s: " + Files.readString(log));
    }

    int port() {
        return port;
    }

    /** From process start to the first 200 of /health/ready. */
    double startupMillis() {
        return startupMillis;
    }

    /** Resident memory of the server process, in MiB, from /proc (Linux). */
    double rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
