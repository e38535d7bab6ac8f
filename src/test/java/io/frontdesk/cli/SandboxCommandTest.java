package io.frontdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.SandboxProcess;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `frontdesk sandbox` as a process, started as a test harness starts it: one JSON ready line on standard output and in
 * the ready file, the published credentials working in each dialect, limits reported and not enforced, a temporary
 * store gone at exit and a named one kept.
 */
class SandboxCommandTest {

    @TempDir
    Path work;

    @Test
    void it_prints_one_ready_line_serves_every_dialect_with_the_fixed_credentials_and_removes_its_store_at_exit()
            throws Exception {
        Path dataDir;
        try (SandboxProcess sandbox = SandboxProcess.start(SandboxProcess.javaCommand(), work, Map.of(), false)) {
            JsonNode ready = sandbox.ready();
            assertThat(ready.path("frontdesk").asText()).isEqualTo("ready");
            assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+").endsWith(":" + ready.path("port"));
            assertThat(ready.path("helpscoutV2").path("clientId").asText()).isEqualTo(SandboxDefaults.CLIENT_ID);
            assertThat(ready.path("helpscoutV2").path("clientSecret").asText()).isEqualTo(SandboxDefaults.CLIENT_SECRET);
            assertThat(ready.path("helpscoutV1").path("apiKey").asText()).isEqualTo(SandboxDefaults.API_KEY);
            assertThat(ready.path("helpcrunch").path("apiKey").asText()).isEqualTo(SandboxDefaults.HELPCRUNCH_KEY);
            assertThat(ready.path("dataKept").asBoolean()).isFalse();
            dataDir = Path.of(ready.path("dataDir").asText());
            assertThat(dataDir.resolve("frontdesk.db")).exists();
            // standard output is the ready line and nothing else, the same as the file's
            assertThat(sandbox.stdout().lines().toList()).containsExactly(Json.MAPPER.writeValueAsString(ready));

            assertThat(sandbox.v2().get("/v2/mailboxes").status()).isEqualTo(200);
            assertThat(sandbox.helpcrunch().get("/customers").status()).isEqualTo(200);
            // Help Scout 1.0 allows 12 writes in 5 s; in report mode the 13th and later pass, with the headers
            List<Integer> statuses = new ArrayList<>();
            Response last = null;
            for (int i = 0; i < 14; i++) {
                last = sandbox.v1().post("/v1/customers.json", "{\"firstName\":\"Burst\",\"lastName\":\"" + i
                        + "\",\"emails\":[{\"value\":\"burst" + i + "@sandbox.test\"}]}");
                statuses.add(last.status());
            }
            assertThat(statuses).containsOnly(201);
            assertThat(last.header("X-RateLimit-Remaining-Burst")).isNotNull();

            assertThat(sandbox.stop()).isIn(0, 143);
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void a_named_data_directory_is_kept_and_flags_and_environment_override_the_published_credentials()
            throws Exception {
        Path dataDir = work.resolve("kept");
        try (SandboxProcess sandbox = SandboxProcess.start(SandboxProcess.javaCommand("--data-dir", dataDir.toString(),
                        "--bootstrap-api-key", "my-own-api-key-0001"), work,
                Map.of("FRONTDESK_BOOTSTRAP_HELPCRUNCH_KEY", "my-own-helpcrunch-key"), false)) {
            assertThat(sandbox.ready().path("dataKept").asBoolean()).isTrue();
            assertThat(sandbox.ready().path("helpscoutV1").path("apiKey").asText()).isEqualTo("my-own-api-key-0001");
            assertThat(sandbox.v1().get("/v1/mailboxes.json").status()).isEqualTo(200);
            assertThat(sandbox.helpcrunch().get("/customers").status()).isEqualTo(200);
            assertThat(sandbox.stop()).isIn(0, 143);
        }
        assertThat(dataDir.resolve("frontdesk.db")).exists();
        assertThat(Files.list(work).filter(p -> p.getFileName().toString().startsWith(".frontdesk-ready-")))
                .isEmpty();
    }
}
