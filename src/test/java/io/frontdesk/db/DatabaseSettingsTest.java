package io.frontdesk.db;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void postgresql_url_becomes_a_jdbc_url_with_user_and_decoded_password_apart() {
        DatabaseSettings settings = settings(Map.of("FRONTDESK_DATABASE_URL",
                "postgresql://user:p%40ss@host:5433/db?sslmode=disable"));

        assertThat(settings.vendor()).isEqualTo(DbVendor.POSTGRESQL);
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5433/db?sslmode=disable");
        assertThat(settings.user()).contains("user");
        assertThat(settings.password()).contains("p@ss");
    }

    @Test
    void postgres_scheme_without_port_or_credentials_is_accepted() {
        DatabaseSettings settings = settings(Map.of("FRONTDESK_DATABASE_URL", "postgres://db.internal/frontdesk"));

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal/frontdesk");
        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void plus_sign_in_a_url_password_is_kept_not_turned_into_a_space() {
        DatabaseSettings settings = settings(Map.of("FRONTDESK_DATABASE_URL", "postgresql://user:a+b%2Fc@host/db"));

        assertThat(settings.password()).contains("a+b/c");
    }

    @Test
    void jdbc_url_is_used_as_given_with_user_and_password_from_their_own_keys() {
        DatabaseSettings settings = settings(Map.of(
                "FRONTDESK_DATABASE_URL", "jdbc:postgresql://host:5432/db",
                "FRONTDESK_DATABASE_USER", "app",
                "FRONTDESK_DATABASE_PASSWORD", "s3cret"));

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/db");
        assertThat(settings.user()).contains("app");
        assertThat(settings.password()).contains("s3cret");
    }

    @Test
    void explicit_user_and_password_keys_win_over_those_in_the_url() {
        DatabaseSettings settings = settings(Map.of(
                "FRONTDESK_DATABASE_URL", "postgresql://urluser:urlpass@host/db",
                "FRONTDESK_DATABASE_USER", "keyuser",
                "FRONTDESK_DATABASE_PASSWORD", "keypass"));

        assertThat(settings.user()).contains("keyuser");
        assertThat(settings.password()).contains("keypass");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://user:TopSecret9@host:5433/db?sslmode=disable",
            "jdbc:postgresql://host/db?user=app&password=TopSecret9&ssl=true",
            "jdbc:postgresql://host/db?PASSWORD=TopSecret9",
            "jdbc:postgresql://app:TopSecret9@host/db"})
    void safe_url_never_contains_the_password(String url) {
        DatabaseSettings settings = settings(Map.of("FRONTDESK_DATABASE_URL", url));

        assertThat(settings.safeUrl()).doesNotContain("TopSecret9").contains("host");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mysql://user:TopSecret9@host/db",
            "postgresql://user:Top@Secret9@host:5433/db",
            "postgresql://user:Top/Secret9@host/db",
            "postgresql://user:TopSecret9@/db",
            "postgresql://user:Top Secret9@host/db"})
    void unusable_url_is_refused_naming_the_key_without_revealing_the_password(String url) {
        assertThatThrownBy(() -> settings(Map.of("FRONTDESK_DATABASE_URL", url)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_DATABASE_URL")
                .message().doesNotContain("Secret9").doesNotContain("Top");
    }

    @Test
    void no_url_means_sqlite_in_the_data_dir() {
        Path dataDir = Path.of("build-data", "..", "somewhere");

        DatabaseSettings settings = settings(Map.of("FRONTDESK_DATA_DIR", dataDir.toString()));

        assertThat(settings.vendor()).isEqualTo(DbVendor.SQLITE);
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:sqlite:"
                + Path.of("somewhere").toAbsolutePath().resolve("frontdesk.db"));
        assertThat(settings.user()).isEqualTo(Optional.empty());
        assertThat(settings.password()).isEqualTo(Optional.empty());
        assertThat(settings.poolSize()).isEqualTo(10);
    }

    @Test
    void postgresql_pools_twice_the_cores_plus_one_by_default_and_at_least_four() {
        assertThat(settings(Map.of("FRONTDESK_DATABASE_URL", "postgres://db/frontdesk")).poolSize())
                .isEqualTo(DatabaseSettings.postgresPool(Runtime.getRuntime().availableProcessors()));
        assertThat(DatabaseSettings.postgresPool(1)).isEqualTo(4);
        assertThat(DatabaseSettings.postgresPool(2)).isEqualTo(5);
        assertThat(DatabaseSettings.postgresPool(8)).isEqualTo(17);
    }

    @Test
    void a_configured_pool_size_wins_on_both_databases() {
        assertThat(settings(Map.of("FRONTDESK_DATABASE_POOL_SIZE", "3")).poolSize()).isEqualTo(3);
        assertThat(settings(Map.of("FRONTDESK_DATABASE_URL", "postgres://db/frontdesk",
                "FRONTDESK_DATABASE_POOL_SIZE", "30")).poolSize()).isEqualTo(30);
    }

    @Test
    void database_user_without_a_url_is_refused_instead_of_silently_using_sqlite() {
        assertThatThrownBy(() -> settings(Map.of("FRONTDESK_DATABASE_USER", "app")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_DATABASE_URL");
    }

    @Test
    void database_password_without_a_url_is_refused_instead_of_silently_using_sqlite() {
        assertThatThrownBy(() -> settings(Map.of("FRONTDESK_DATABASE_PASSWORD", "TopSecret9")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_DATABASE_URL")
                .message().doesNotContain("TopSecret9");
    }

    private static DatabaseSettings settings(Map<String, String> env) {
        return DatabaseSettings.from(FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of())));
    }
}
