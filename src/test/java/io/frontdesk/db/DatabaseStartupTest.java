package io.frontdesk.db;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A database that cannot be used stops the start with the key to fix, not a pool timeout. */
class DatabaseStartupTest {

    @Test
    void postgresql_on_a_closed_port_fails_the_start_with_the_driver_reason_and_the_key() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATABASE_URL", "postgresql://127.0.0.1:1/x"), Map.of()));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> Application.open(config).close());

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("FRONTDESK_DATABASE_URL", "127.0.0.1:1");
        // The driver's own exception, not the pool's "Connection is not available, request timed out".
        assertThat(e.getCause()).isInstanceOf(PSQLException.class);
        assertThat(e.getMessage()).contains(e.getCause().getMessage());
    }

    @Test
    void sqlite_is_created_in_a_data_dir_that_does_not_exist_yet(@TempDir Path tmp) {
        Path dataDir = tmp.resolve("nested").resolve("data");
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString()), Map.of()));

        try (Application app = Application.open(config)) {
            assertThat(app.database().vendor()).isEqualTo(DbVendor.SQLITE);
            assertThat(app.database().ping()).isTrue();
        }
        assertThat(Files.exists(dataDir.resolve("frontdesk.db"))).isTrue();
    }
}
