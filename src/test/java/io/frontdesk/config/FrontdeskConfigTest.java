package io.frontdesk.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Typed, checked once at start; a bad value names the environment variable to fix. */
class FrontdeskConfigTest {

    @Test
    void defaults_are_a_working_configuration() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), Map.of()));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.databaseUser()).isEmpty();
        assertThat(config.databasePassword()).isEmpty();
        assertThat(config.databasePoolSize()).isEmpty();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.tokenTtl()).isEqualTo(Duration.ofSeconds(172_800));
        assertThat(config.helpcrunchPrefix()).isEqualTo("/helpcrunch/v1");
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.bodies()).isEqualTo(new FrontdeskConfig.Bodies(1024, Duration.ofSeconds(10),
                Optional.empty()));
        assertThat(config.bootstrap()).isEqualTo(new FrontdeskConfig.Bootstrap("Frontdesk", "owner@frontdesk.local",
                "support@frontdesk.local", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                arguments(ConfigKey.PORT, "abc"),
                arguments(ConfigKey.PORT, "70000"),
                arguments(ConfigKey.PORT, "-1"),
                arguments(ConfigKey.PORT, ""),
                arguments(ConfigKey.DATABASE_POOL_SIZE, "0"),
                arguments(ConfigKey.DATABASE_POOL_SIZE, "ten"),
                arguments(ConfigKey.PUBLIC_URL, "ftp://x"),
                arguments(ConfigKey.PUBLIC_URL, "desk.example.com"),
                arguments(ConfigKey.PUBLIC_URL, "https://desk.example.com/?x=1"),
                arguments(ConfigKey.PUBLIC_URL, "http://"),
                arguments(ConfigKey.HELPCRUNCH_PREFIX, "nope"),
                arguments(ConfigKey.HELPCRUNCH_PREFIX, "/v2/crunch"),
                arguments(ConfigKey.HELPCRUNCH_PREFIX, "/health"),
                arguments(ConfigKey.TOKEN_TTL_SECONDS, "59"),
                arguments(ConfigKey.SHUTDOWN_GRACE_SECONDS, "soon"),
                arguments(ConfigKey.REQUEST_BODY_MIN_RATE, "-1"),
                arguments(ConfigKey.REQUEST_BODY_GRACE_MILLIS, "ten seconds"),
                arguments(ConfigKey.LARGE_BODY_MEMORY_MB, "8"),
                arguments(ConfigKey.HOST, " "),
                arguments(ConfigKey.DATA_DIR, ""),
                arguments(ConfigKey.DATA_DIR, "bad\u0000path"),
                arguments(ConfigKey.BOOTSTRAP_OWNER_EMAIL, ""),
                arguments(ConfigKey.BOOTSTRAP_CLIENT_SECRET, "short-secret"),
                arguments(ConfigKey.BOOTSTRAP_API_KEY, "short-key"),
                arguments(ConfigKey.BOOTSTRAP_HELPCRUNCH_KEY, "0123456789abcde"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    void bad_value_is_refused_naming_its_environment_variable(ConfigKey key, String value) {
        Map<String, String> env = Map.of(key.envName(), value);

        assertThatThrownBy(() -> FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key.envName());
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    void bad_flag_value_also_names_the_environment_variable(ConfigKey key, String value) {
        Map<ConfigKey, String> flags = Map.of(key, value);

        assertThatThrownBy(() -> FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key.envName());
    }

    @Test
    void public_url_loses_its_trailing_slash() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_PUBLIC_URL", "https://desk.example.com/"), Map.of()));

        assertThat(config.publicUrl()).contains(URI.create("https://desk.example.com"));
    }

    @Test
    void values_are_trimmed() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_PORT", " 9090 ", "FRONTDESK_DATABASE_URL", "  "), Map.of()));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.databaseUrl()).isEmpty();
    }

    @Test
    void fixed_bootstrap_secrets_of_sixteen_characters_are_accepted() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(
                "FRONTDESK_BOOTSTRAP_CLIENT_SECRET", "0123456789abcdef",
                "FRONTDESK_BOOTSTRAP_API_KEY", "0123456789abcdef",
                "FRONTDESK_BOOTSTRAP_HELPCRUNCH_KEY", "0123456789abcdef"), Map.of()));

        assertThat(config.bootstrap().clientSecret()).contains("0123456789abcdef");
        assertThat(config.bootstrap().apiKey()).contains("0123456789abcdef");
        assertThat(config.bootstrap().helpcrunchKey()).contains("0123456789abcdef");
    }

    @Test
    void short_bootstrap_secret_is_refused_without_echoing_it() {
        Map<String, String> env = Map.of("FRONTDESK_BOOTSTRAP_API_KEY", "hunter2");

        assertThatThrownBy(() -> FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_BOOTSTRAP_API_KEY")
                .message().doesNotContain("hunter2");
    }

    @Test
    void port_zero_is_allowed_to_pick_a_free_port() {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null, Map.of("FRONTDESK_PORT", "0"),
                Map.of()));

        assertThat(config.port()).isZero();
    }
}
