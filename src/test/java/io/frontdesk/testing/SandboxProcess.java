package io.frontdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.web.Json;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * `frontdesk sandbox` as a user's test harness starts it: a process given a {@code --ready-file}, whose one JSON line
 * says where it listens and with which credentials. The command is given whole (the JVM on the test's class path, or a
 * distribution's {@code bin/frontdesk}), so the same checks apply to both.
 */
public final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;
    private final JsonNode ready;

    private SandboxProcess(Process process, Path out, Path err, JsonNode ready) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.ready = ready;
    }

    /** `java -cp <production class path> io.frontdesk.Main sandbox ARGS`. */
    public static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", ChildServer.productionClassPath(),
                "io.frontdesk.Main", "sandbox"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts the command with {@code --ready-file} added, in an environment of {@code env} plus this one's without any
     * {@code FRONTDESK_*} variable (or {@code env} alone when {@code replaceEnvironment}), and waits for the file.
     */
    public static SandboxProcess start(List<String> command, Path workDir, Map<String, String> env,
                                       boolean replaceEnvironment) {
        try {
            Path readyFile = workDir.resolve("ready-" + System.nanoTime() + ".json");
            Path out = Files.createTempFile(workDir, "sandbox", ".out");
            Path err = Files.createTempFile(workDir, "sandbox", ".err");
            List<String> full = new ArrayList<>(command);
            full.add("--ready-file");
            full.add(readyFile.toString());
            ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (replaceEnvironment) {
                builder.environment().clear();
            }
            builder.environment().keySet().removeIf(key -> key.startsWith("FRONTDESK_"));
            builder.environment().putAll(env);
            Process process = builder.start();
            Await.until("the sandbox's ready file (stderr: " + err + ")", Duration.ofSeconds(90),
                    () -> Files.exists(readyFile) || !process.isAlive());
            if (!Files.exists(readyFile)) {
                throw new AssertionError("sandbox exited with " + process.waitFor() + " before it was ready:\n"
                        + Files.readString(err));
            }
            JsonNode ready = Json.MAPPER.readTree(Files.readString(readyFile));
            return new SandboxProcess(process, out, err, ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode ready() {
        return ready;
    }

    public String baseUrl() {
        return ready.path("url").asText();
    }

    public String stdout() {
        return read(out);
    }

    public String stderr() {
        return read(err);
    }

    /** Help Scout 2.0 with a token from the sandbox's token endpoint and the credentials of its ready line. */
    public Client v2() {
        JsonNode v2 = ready.path("helpscoutV2");
        String form = "grant_type=client_credentials&client_id=" + enc(v2.path("clientId").asText())
                + "&client_secret=" + enc(v2.path("clientSecret").asText());
        Response token = new Client(baseUrl(), Map.of()).send("POST", "/v2/oauth2/token", form,
                "application/x-www-form-urlencoded");
        if (token.status() != 200) {
            throw new AssertionError("token request failed: " + token);
        }
        return new Client(baseUrl(), Map.of("Authorization", "Bearer " + token.json().path("access_token").asText()));
    }

    public Client v1() {
        String basic = Base64.getEncoder().encodeToString((ready.path("helpscoutV1").path("apiKey").asText() + ":X")
                .getBytes(StandardCharsets.UTF_8));
        return new Client(baseUrl(), Map.of("Authorization", "Basic " + basic));
    }

    public Client helpcrunch() {
        JsonNode hc = ready.path("helpcrunch");
        return new Client(hc.path("url").asText(), Map.of("Authorization", "Bearer " + hc.path("apiKey").asText()));
    }

    /** SIGTERM, as a harness stops it; answers the exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sandbox did not stop within 60 s:\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Path entries joined, for a test that builds a PATH of its own. */
    public static String path(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
