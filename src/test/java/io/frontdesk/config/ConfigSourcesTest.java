package io.frontdesk.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Four layers, lowest first: defaults, config file, `FRONTDESK_*` environment, command-line flags. */
class ConfigSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void nothing_given_means_every_default() {
        Map<ConfigKey, String> merged = ConfigSources.merge(null, Map.of(), Map.of());

        for (ConfigKey key : ConfigKey.values()) {
            assertThat(merged.get(key)).as(key.key()).isEqualTo(key.defaultValue());
        }
        assertThat(FrontdeskConfig.from(merged).port()).isEqualTo(8080);
    }

    @Test
    void file_beats_default_env_beats_file_flag_beats_env() throws IOException {
        Path file = file("port = 1001\n");
        Map<String, String> env = Map.of("FRONTDESK_PORT", "1002");
        Map<ConfigKey, String> flags = Map.of(ConfigKey.PORT, "1003");

        assertThat(port(null, Map.of(), Map.of())).isEqualTo(8080);
        assertThat(port(file, Map.of(), Map.of())).isEqualTo(1001);
        assertThat(port(file, env, Map.of())).isEqualTo(1002);
        assertThat(port(file, env, flags)).isEqualTo(1003);
        assertThat(port(null, Map.of(), flags)).isEqualTo(1003);
    }

    @Test
    void each_layer_only_overrides_the_keys_it_sets() throws IOException {
        Path file = file("host = 10.0.0.1\ntoken-ttl-seconds = 3600\n");
        Map<String, String> env = Map.of("FRONTDESK_DATA_DIR", "/var/lib/frontdesk", "FRONTDESK_TOKEN_TTL_SECONDS",
                "7200");
        Map<ConfigKey, String> flags = Map.of(ConfigKey.PORT, "9000");

        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(file, env, flags));

        assertThat(config.host()).isEqualTo("10.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/frontdesk"));
        assertThat(config.tokenTtl().toSeconds()).isEqualTo(7200);
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.databasePoolSize()).isEmpty();
    }

    @Test
    void every_key_has_an_env_name_of_frontdesk_and_its_upper_snake_name() {
        for (ConfigKey key : ConfigKey.values()) {
            String upperSnake = key.key().toUpperCase(Locale.ROOT).replace('-', '_');

            assertThat(key.envName()).isEqualTo("FRONTDESK_" + upperSnake).matches("FRONTDESK_[A-Z0-9_]+");
            assertThat(key.flag()).isEqualTo("--" + key.key());
        }
    }

    @Test
    void every_key_is_read_from_its_env_name() {
        Map<String, String> env = new HashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            env.put(key.envName(), "from-env-" + key.key());
        }

        Map<ConfigKey, String> merged = ConfigSources.merge(null, env, Map.of());

        for (ConfigKey key : ConfigKey.values()) {
            assertThat(merged.get(key)).as(key.envName()).isEqualTo("from-env-" + key.key());
        }
    }

    @Test
    void every_key_is_read_from_the_file_under_its_key() throws IOException {
        StringBuilder text = new StringBuilder();
        for (ConfigKey key : ConfigKey.values()) {
            text.append(key.key()).append(" = from-file-").append(key.key()).append('\n');
        }

        Map<ConfigKey, String> merged = ConfigSources.merge(file(text.toString()), Map.of(), Map.of());

        for (ConfigKey key : ConfigKey.values()) {
            assertThat(merged.get(key)).as(key.key()).isEqualTo("from-file-" + key.key());
        }
    }

    @Test
    void environment_variables_without_the_prefix_are_ignored() {
        Map<ConfigKey, String> merged = ConfigSources.merge(null, Map.of("PORT", "1", "DATABASE_URL", "x"),
                Map.of());

        assertThat(merged.get(ConfigKey.PORT)).isEqualTo("8080");
        assertThat(merged.get(ConfigKey.DATABASE_URL)).isEmpty();
    }

    @Test
    void unknown_key_in_the_file_is_refused_by_name() throws IOException {
        Path file = file("port = 9000\ndatabase_url = jdbc:postgresql://x/y\n");

        assertThatThrownBy(() -> ConfigSources.merge(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database_url")
                .hasMessageContaining(file.toString());
    }

    @Test
    void missing_config_file_is_refused_by_name() {
        Path missing = tmp.resolve("absent.properties");

        assertThatThrownBy(() -> ConfigSources.merge(missing, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void flags_given_as_an_enum_map_replace_only_their_keys() {
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        flags.put(ConfigKey.HELPCRUNCH_PREFIX, "/crunch");

        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));

        assertThat(config.helpcrunchPrefix()).isEqualTo("/crunch");
        assertThat(config.host()).isEqualTo("0.0.0.0");
    }

    private int port(Path file, Map<String, String> env, Map<ConfigKey, String> flags) {
        return FrontdeskConfig.from(ConfigSources.merge(file, env, flags)).port();
    }

    private Path file(String text) throws IOException {
        Path file = Files.createTempFile(tmp, "frontdesk", ".properties");
        Files.writeString(file, text);
        return file;
    }
}
