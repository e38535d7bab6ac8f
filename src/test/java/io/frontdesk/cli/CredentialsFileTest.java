package io.frontdesk.cli;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.setup.FirstStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** First start's secrets land in a file only the owner can read. */
class CredentialsFileTest {

    @TempDir
    Path tmp;

    private FirstStart.Result result;

    @BeforeAll
    static void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @BeforeEach
    void firstStart() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", tmp.resolve("db").toString()), Map.of()));
        try (Application app = Application.open(config)) {
            result = app.firstStart().runIfEmpty(config.bootstrap()).orElseThrow();
        }
    }

    @Test
    void credentials_file_is_owner_read_write_only_and_holds_every_secret() throws IOException {
        Path dataDir = tmp.resolve("data");

        Path file = CredentialsFile.write(dataDir, result);

        assertThat(file).isEqualTo(dataDir.resolve("credentials.txt"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String text = Files.readString(file);
        assertThat(text).contains(
                "helpscout_v2_client_id=" + result.oauthApp().credential().clientId() + "\n",
                "helpscout_v2_client_secret=" + result.oauthApp().secret() + "\n",
                "helpscout_v1_api_key=" + result.apiKey().secret() + "\n",
                "helpcrunch_api_key=" + result.helpcrunchKey().secret() + "\n",
                "account_id=" + result.owner().accountId() + "\n",
                "owner_email=owner@frontdesk.local\n");
        for (String key : CredentialsFile.keys()) {
            assertThat(text).containsPattern("(?m)^" + key + "=\\S+$");
        }
    }

    @Test
    void existing_world_readable_file_is_replaced_by_a_private_one() throws IOException {
        Path file = tmp.resolve("credentials.txt");
        Files.writeString(file, "stale content that is much longer than anything else in this test");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CredentialsFile.write(tmp, result);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("stale").isEqualTo(CredentialsFile.text(result));
    }
}
