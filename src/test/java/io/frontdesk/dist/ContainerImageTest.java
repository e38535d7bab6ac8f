package io.frontdesk.dist;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Client;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OCI image `./mvnw package -Pdist` writes (target/oci, target/frontdesk-oci.tar). Its layout, configuration and
 * layer are checked wherever it was built; it is also run, with podman or docker, where the machine can run
 * containers (the run is skipped, and says why, where it cannot). Without the profile there is no image: skipped.
 */
class ContainerImageTest {

    private static final Path LAYOUT = Path.of("target", "oci");
    private static final Path ARCHIVE = Path.of("target", "frontdesk-oci.tar");

    @Test
    void the_layout_names_one_image_whose_blobs_match_their_digests_and_whose_config_runs_the_sandbox()
            throws Exception {
        DistBuild.require(LAYOUT.resolve("index.json"));
        assertThat(Files.readString(LAYOUT.resolve("oci-layout"))).contains("\"imageLayoutVersion\":\"1.0.0\"");
        JsonNode manifest = blob(Json.MAPPER.readTree(LAYOUT.resolve("index.json").toFile()).path("manifests").get(0));
        JsonNode config = blob(manifest.path("config"));

        JsonNode run = config.path("config");
        assertThat(run.path("Entrypoint").toString()).isEqualTo("[\"/opt/frontdesk/bin/frontdesk\"]");
        assertThat(run.path("Cmd").toString()).isEqualTo("[\"sandbox\"]");
        assertThat(run.path("Env").toString()).contains("FRONTDESK_HOST=0.0.0.0", "FRONTDESK_PORT=8080");
        assertThat(run.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(run.path("User").asText()).isEqualTo("1000:1000");
        assertThat(run.path("Healthcheck").path("Test").toString()).contains("io.frontdesk.cli.HealthProbe");

        JsonNode layer = manifest.path("layers").get(0);
        assertThat(layer.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");
        Path layerFile = checked(layer);
        List<String> entries = tarEntries(layerFile);
        assertThat(entries).contains("./opt/frontdesk/bin/frontdesk", "./opt/frontdesk/runtime/bin/java",
                "./opt/frontdesk/lib/frontdesk.jar", "./bin/sh", "./lib64/ld-linux-x86-64.so.2", "./tmp/");
        assertThat(entries).as("the archive made for /opt/frontdesk, where namespaces allowed it")
                .contains("./opt/frontdesk/lib/frontdesk.jsa");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(layerFile))) {
            assertThat("sha256:" + sha256(in)).isEqualTo(config.path("rootfs").path("diff_ids").get(0).asText());
        }
    }

    @Test
    void the_image_runs_the_sandbox_and_its_health_check_passes_where_containers_can_run() throws Exception {
        DistBuild.require(ARCHIVE);
        List<String> engine = List.of();
        String image = null;
        List<String> tried = new ArrayList<>();
        for (List<String> candidate : ContainerEngine.CANDIDATES) {
            try {
                image = ContainerEngine.load(candidate, ARCHIVE);
                ContainerEngine.exec(concat(candidate, "run", "--rm", "--network=host", "--entrypoint", "/bin/sh", image,
                        "-c", "true"));
                engine = candidate;
                break;
            } catch (IOException | IllegalStateException e) {
                tried.add(String.join(" ", candidate) + ": " + e.getMessage().lines().reduce((a, b) -> b).orElse(""));
            }
        }
        assumeTrue(!engine.isEmpty(), "no podman or docker that can run a container here: " + tried);
        int port = freePort();
        String name = "frontdesk-test-" + ProcessHandle.current().pid();
        List<String> run = new ArrayList<>(engine);
        run.addAll(List.of("run", "-d", "--rm", "--name", name, "--network=host", "-e", "FRONTDESK_PORT=" + port,
                image));
        ContainerEngine.exec(run);
        try {
            Client client = new Client("http://127.0.0.1:" + port, Map.of());
            Await.until("the container's /health/ready", Duration.ofSeconds(90), () -> {
                try {
                    return client.get("/health/ready").status() == 200;
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
            List<String> probe = new ArrayList<>(engine);
            probe.addAll(List.of("exec", "-e", "FRONTDESK_PORT=" + port, name));
            probe.addAll(healthCheck());
            assertThat(ContainerEngine.exec(probe)).contains("health/ready: 200");
            String logs = ContainerEngine.exec(concat(engine, "logs", name));
            assertThat(logs).contains("{\"frontdesk\":\"ready\",\"url\":\"http://127.0.0.1:" + port + "\"");
        } finally {
            ContainerEngine.exec(concat(engine, "rm", "-f", name));
        }
    }

    private static List<String> healthCheck() throws IOException {
        JsonNode manifest = blob(Json.MAPPER.readTree(LAYOUT.resolve("index.json").toFile()).path("manifests").get(0));
        List<String> test = new ArrayList<>();
        blob(manifest.path("config")).path("config").path("Healthcheck").path("Test")
                .forEach(part -> test.add(part.asText()));
        return test.subList(1, test.size());
    }

    private static List<String> concat(List<String> engine, String... args) {
        List<String> all = new ArrayList<>(engine);
        all.addAll(List.of(args));
        return all;
    }

    private static JsonNode blob(JsonNode descriptor) throws IOException {
        return Json.MAPPER.readTree(checked(descriptor).toFile());
    }

    /** The blob a descriptor names, after checking its size and digest. */
    private static Path checked(JsonNode descriptor) throws IOException {
        String digest = descriptor.path("digest").asText();
        Path file = LAYOUT.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
        assertThat(Files.size(file)).isEqualTo(descriptor.path("size").asLong());
        try (InputStream in = Files.newInputStream(file)) {
            assertThat("sha256:" + sha256(in)).isEqualTo(digest);
        }
        return file;
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in a gzipped tar, read from its 512-byte headers (ustar; GNU long names are not used by the build). */
    private static List<String> tarEntries(Path gzippedTar) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzippedTar), 1 << 16)) {
            byte[] header = new byte[512];
            String longName = null;
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12)
                        .trim(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == 'L') {
                    longName = new String(in.readNBytes((int) size), StandardCharsets.UTF_8).replace("\0", "");
                    in.skipNBytes(padded - size);
                    continue;
                }
                names.add(longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name);
                longName = null;
                in.skipNBytes(padded);
            }
        }
        return names;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** podman or docker, with the options this machine needs, when it can run a container at all. */
    static final class ContainerEngine {

        private ContainerEngine() {
        }

        /**
         * Tried in order; the first that loads the image and runs a trivial container is used. podman on a host
         * without CAP_SYS_RESOURCE and with hybrid cgroups (this build machine) needs runc, and limits no higher than
         * the host's ({@link #exec} adds them).
         */
        static final List<List<String>> CANDIDATES = List.of(
                List.of("podman", "--runtime", "runc"),
                List.of("podman"),
                List.of("docker"));

        static String load(List<String> engine, Path archive) throws IOException {
            String out = exec(concat(engine, "load", "-i", archive.toAbsolutePath().toString()));
            String tag = "frontdesk:" + Files.readString(Path.of("target", "dist", "frontdesk", "VERSION")).trim();
            assertThat(out).contains(tag);
            return out.contains("localhost/" + tag) ? "localhost/" + tag : tag;
        }

        /** Runs a command; answers its output, or fails with it. */
        static String exec(List<String> command) throws IOException {
            List<String> full = new ArrayList<>(command);
            if (full.contains("run") && full.get(0).equals("podman")) {
                // no CAP_SYS_RESOURCE on this machine: limits no higher than the host's
                int at = full.indexOf("run") + 1;
                full.addAll(at, List.of("--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1000:1000"));
            }
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            try {
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
