package io.frontdesk.cli;

import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.SandboxProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * `sandbox --fixture FILE` loads packs once first start has run, before the ready line; `export` writes an account as
 * the admin API's export does, from the same service.
 */
class FixtureCommandsTest {

    private static final String ADMIN = "Bearer " + SandboxDefaults.ADMIN_TOKEN;

    @TempDir
    Path work;

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = FixtureCommandsTest.class.getResourceAsStream("/fixtures/" + resource)) {
            Path file = work.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void a_sandbox_starts_with_its_packs_loaded_and_export_writes_them_back() throws Exception {
        Path yaml = copy("acme.yaml", "acme.yaml");
        Path json = work.resolve("second.json");
        Files.writeString(json, "{\"accounts\":[{\"id\":300,\"name\":\"Second\",\"customers\":[{\"id\":3000,"
                + "\"firstName\":\"Zoe\"}]}]}");
        Path dataDir = work.resolve("kept");
        String exported;
        try (SandboxProcess sandbox = SandboxProcess.start(SandboxProcess.javaCommand("--fixture", yaml.toString(),
                "--fixture", json.toString(), "--data-dir", dataDir.toString()), work, Map.of(), false)) {
            assertThat(sandbox.v2().get("/v2/mailboxes").status()).as("first start's account is there too")
                    .isEqualTo(200);
            Client acme = new Client(sandbox.baseUrl(), Map.of("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("acme-api-key-v1-000001:X".getBytes(StandardCharsets.UTF_8))));
            Response customer = acme.get("/v1/customers/500.json");
            assertThat(customer.status()).as("%s", customer).isEqualTo(200);
            assertThat(customer.json().at("/item/firstName").asText()).isEqualTo("Carla");
            Client admin = new Client(sandbox.baseUrl(), Map.of("Authorization", ADMIN));
            Response second = admin.get("/_frontdesk/accounts/300/export");
            assertThat(second.json().at("/accounts/0/customers/0/id").asLong()).isEqualTo(3000);
            Response export = admin.get("/_frontdesk/accounts/100/export");
            assertThat(export.status()).isEqualTo(200);
            exported = export.body();
            assertThat(sandbox.stop()).isIn(0, 143);
        }

        // a kept store had its packs loaded by its first launch: the next one says so and starts
        try (SandboxProcess again = SandboxProcess.start(SandboxProcess.javaCommand("--fixture", yaml.toString(),
                "--data-dir", dataDir.toString()), work, Map.of(), false)) {
            assertThat(again.stderr()).contains("--fixture loads nothing now");
            assertThat(again.stop()).isIn(0, 143);
        }

        Cli.Run out = Cli.run("export", "--account", "100", "--data-dir", dataDir.toString());
        assertThat(out.exitCode()).as("%s", out).isZero();
        assertThat(out.out()).as("the same service as the admin API's export").isEqualTo(exported);

        Path file = work.resolve("acme-export.yaml");
        Cli.Run toFile = Cli.run("export", "--account", "100", "--out", file.toString(), "--data-dir",
                dataDir.toString());
        assertThat(toFile.exitCode()).as("%s", toFile).isZero();
        assertThat(Files.readString(file)).contains("subject: The printer is on fire").doesNotContain("{");

        Cli.Run unknown = Cli.run("export", "--account", "999", "--data-dir", dataDir.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Account not found");
        Cli.Run format = Cli.run("export", "--account", "100", "--format", "xml", "--data-dir", dataDir.toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be json or yaml");
    }

    @Test
    void a_bad_pack_stops_the_sandbox_before_it_is_ready_naming_the_file_and_the_path() throws Exception {
        Path bad = work.resolve("bad.yaml");
        Files.writeString(bad, "accounts:\n  - customers:\n      - emails: [{value: not-an-email}]\n");
        assertThatThrownBy(() -> SandboxProcess.start(SandboxProcess.javaCommand("--fixture", bad.toString()), work,
                Map.of(), false))
                .hasMessageContaining("fixture pack " + bad)
                .hasMessageContaining("accounts[0].customers[0].emails[0].value");
    }
}
