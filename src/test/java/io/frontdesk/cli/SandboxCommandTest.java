package io.frontdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.SandboxProcess;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /** The ready line names the admin API; the sandbox's clock moves, its mail is captured, its account resets. */
    @Test
    void the_admin_api_is_on_with_the_published_token_and_drives_clock_mail_and_reset() throws Exception {
        try (SandboxProcess sandbox = SandboxProcess.start(SandboxProcess.javaCommand(), work, Map.of(), false)) {
            JsonNode admin = sandbox.ready().path("admin");
            assertThat(admin.path("url").asText()).isEqualTo(sandbox.baseUrl() + "/_frontdesk");
            assertThat(admin.path("token").asText()).isEqualTo(SandboxDefaults.ADMIN_TOKEN);
            Client control = new Client(sandbox.baseUrl(),
                    Map.of("Authorization", "Bearer " + SandboxDefaults.ADMIN_TOKEN));
            assertThat(new Client(sandbox.baseUrl(), Map.of()).get("/_frontdesk/clock").status()).isEqualTo(401);

            assertThat(control.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}").status())
                    .isEqualTo(200);
            Client v2 = sandbox.v2();
            long mailbox = v2.get("/v2/mailboxes").json().at("/_embedded/mailboxes/0/id").asLong();
            Response created = v2.post("/v2/conversations", "{\"subject\":\"Clock\",\"type\":\"email\","
                    + "\"status\":\"active\",\"mailboxId\":" + mailbox + ",\"customer\":{\"email\":"
                    + "\"vera@sandbox.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hi\"}]}");
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            String id = created.header("Resource-ID");
            assertThat(v2.get("/v2/conversations/" + id).json().get("createdAt").asText())
                    .as("dated by the sandbox's clock").startsWith("2030-01-01T00:00");

            assertThat(v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"email\":"
                    + "\"vera@sandbox.test\"},\"text\":\"Hello back\"}").status()).isEqualTo(201);
            Await.until("the reply captured, not sent", Duration.ofSeconds(10),
                    () -> control.get("/_frontdesk/mail").json().size() == 1);

            // first start's account resets to what first start made, with the published credentials still working
            assertThat(control.post("/_frontdesk/accounts/1/reset", "").status()).isIn(200, 204);
            assertThat(sandbox.v2().get("/v2/conversations?status=all").json().at("/page/totalElements").asLong())
                    .isZero();
            assertThat(sandbox.stop()).isIn(0, 143);
        }
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
