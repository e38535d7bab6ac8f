package io.frontdesk.webhook;

import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook keys: private targets off by default, 5 s to connect and 10 s in all, bad values named. */
class WebhookConfigTest {

    @Test
    void defaults_refuse_private_targets_and_bound_an_attempt_to_five_and_ten_seconds() {
        FrontdeskConfig.Webhooks webhooks = config(Map.of()).webhooks();

        assertThat(webhooks.allowPrivate()).isFalse();
        assertThat(webhooks.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(webhooks.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(webhooks.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(webhooks.pollInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void the_environment_sets_them() {
        FrontdeskConfig.Webhooks webhooks = FrontdeskConfig.from(ConfigSources.merge(null, Map.of(
                "FRONTDESK_WEBHOOK_ALLOW_PRIVATE", "true", "FRONTDESK_WEBHOOK_CONNECT_TIMEOUT_SECONDS", "2",
                "FRONTDESK_WEBHOOK_TIMEOUT_SECONDS", "3", "FRONTDESK_WEBHOOK_RETENTION_DAYS", "7",
                "FRONTDESK_WEBHOOK_POLL_MILLIS", "60000"), Map.of()))
                .webhooks();

        assertThat(webhooks).isEqualTo(new FrontdeskConfig.Webhooks(true, Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofDays(7), Duration.ofMinutes(1)));
    }

    @Test
    void bad_values_stop_the_start_naming_the_variable() {
        assertThatThrownBy(() -> config(Map.of(ConfigKey.WEBHOOK_ALLOW_PRIVATE, "yes")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FRONTDESK_WEBHOOK_ALLOW_PRIVATE");
        assertThatThrownBy(() -> config(Map.of(ConfigKey.WEBHOOK_TIMEOUT_SECONDS, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FRONTDESK_WEBHOOK_TIMEOUT_SECONDS");
        assertThatThrownBy(() -> config(Map.of(ConfigKey.WEBHOOK_CONNECT_TIMEOUT_SECONDS, "8",
                ConfigKey.WEBHOOK_TIMEOUT_SECONDS, "4")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be at least");
        assertThatThrownBy(() -> config(Map.of(ConfigKey.WEBHOOK_RETENTION_DAYS, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FRONTDESK_WEBHOOK_RETENTION_DAYS");
        assertThatThrownBy(() -> config(Map.of(ConfigKey.WEBHOOK_POLL_MILLIS, "5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("FRONTDESK_WEBHOOK_POLL_MILLIS");
    }

    private static FrontdeskConfig config(Map<ConfigKey, String> flags) {
        return FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), flags));
    }
}
