package io.frontdesk.dist;

import io.frontdesk.testing.SandboxProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution `./mvnw package -Pdist` builds (target/dist/frontdesk): its launcher starts the sandbox with the
 * bundled runtime in an environment with no `java` anywhere on the PATH. Without the profile there is no distribution
 * and the test is skipped; the server's classes are checked in every build.
 */
class DistributionTest {

    private static final Path DIST = Path.of("target", "dist", "frontdesk");

    @Test
    void the_server_classes_hold_no_benchmark() {
        assertThat(Path.of("target", "classes", "io", "frontdesk", "Main.class")).exists();
        assertThat(Path.of("target", "classes", "io", "frontdesk", "bench"))
                .as("benchmarks belong to src/bench (classes left from before the move go with ./mvnw clean)")
                .doesNotExist();
    }

    @Test
    void the_distribution_has_its_runtime_jar_archive_and_launcher() {
        DistBuild.require(DIST.resolve("bin/frontdesk"));
        assertThat(DIST.resolve("runtime/bin/java")).isExecutable();
        assertThat(DIST.resolve("lib/frontdesk.jar")).isRegularFile();
        assertThat(DIST.resolve("lib/frontdesk.jsa")).isRegularFile();
        assertThat(DIST.resolve("runtime/lib/server/classes.jsa")).as("the runtime's own base archive").isRegularFile();
    }

    @Test
    void the_launcher_runs_the_sandbox_with_no_java_on_the_path(@TempDir Path work) throws IOException {
        DistBuild.require(DIST.resolve("bin/frontdesk"));
        Path empty = Files.createDirectory(work.resolve("empty-path"));
        Map<String, String> env = Map.of("PATH", empty.toString(), "HOME", work.toString());
        try (SandboxProcess sandbox = SandboxProcess.start(
                List.of(DIST.resolve("bin/frontdesk").toAbsolutePath().toString(), "sandbox"), work, env, true)) {
            assertThat(sandbox.v2().get("/v2/mailboxes").status()).isEqualTo(200);
            assertThat(new io.frontdesk.testing.Client(sandbox.baseUrl(), Map.of()).get("/health/ready").status())
                    .isEqualTo(200);
            Path dataDir = Path.of(sandbox.ready().path("dataDir").asText());
            assertThat(sandbox.stop()).isIn(0, 143);
            assertThat(dataDir).doesNotExist();
        }
        try (Stream<Path> entries = Files.list(empty)) {
            assertThat(entries).as("nothing was on the PATH").isEmpty();
        }
    }
}
