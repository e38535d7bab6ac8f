package io.frontdesk.mail;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigException;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.queue.QueueLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP keys: off by default, typed and checked at start, the password never shown. */
class MailConfigTest {

    @Test
    void defaults_leave_outgoing_mail_off() {
        FrontdeskConfig config = config(Map.of());

        assertThat(config.smtp().enabled()).isFalse();
        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.smtp().security()).isEqualTo(FrontdeskConfig.Smtp.Security.STARTTLS);
        assertThat(config.smtp().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.smtp().username()).isEmpty();
        assertThat(config.smtp().password()).isEmpty();
        assertThat(config.outboxPoll()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void every_key_is_read() {
        FrontdeskConfig config = config(Map.of("FRONTDESK_SMTP_HOST", "smtp.example.com", "FRONTDESK_SMTP_PORT", "465",
                "FRONTDESK_SMTP_USERNAME", "desk", "FRONTDESK_SMTP_PASSWORD", "hunter2-secret",
                "FRONTDESK_SMTP_TLS", "TLS", "FRONTDESK_SMTP_TIMEOUT_SECONDS", "30",
                "FRONTDESK_OUTBOX_POLL_MILLIS", "250"));

        assertThat(config.smtp()).isEqualTo(new FrontdeskConfig.Smtp(Optional.of("smtp.example.com"), 465,
                Optional.of("desk"), Optional.of("hunter2-secret"), FrontdeskConfig.Smtp.Security.TLS,
                Duration.ofSeconds(30)));
        assertThat(config.outboxPoll()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.smtp().toString()).doesNotContain("hunter2").contains("smtp.example.com");
        assertThat(ConfigKey.SMTP_PASSWORD.secret()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "SMTP_PORT, abc", "SMTP_PORT, 0", "SMTP_PORT, 70000", "SMTP_TLS, ssl", "SMTP_TLS, ''",
            "SMTP_TIMEOUT_SECONDS, 0", "SMTP_TIMEOUT_SECONDS, soon", "OUTBOX_POLL_MILLIS, 5",
            "OUTBOX_POLL_MILLIS, often", "SMTP_HOST, smtp host.example.com", "SMTP_HOST, mail@example.com"})
    void bad_value_stops_the_start_naming_its_variable(ConfigKey key, String value) {
        assertThatThrownBy(() -> config(Map.of(key.envName(), value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key.envName());
    }

    @Test
    void user_name_without_password_names_the_missing_password_without_echoing_anything() {
        assertThatThrownBy(() -> config(Map.of("FRONTDESK_SMTP_HOST", "smtp.example.com",
                "FRONTDESK_SMTP_USERNAME", "desk")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_SMTP_PASSWORD");
        assertThatThrownBy(() -> config(Map.of("FRONTDESK_SMTP_PASSWORD", "hunter2-secret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRONTDESK_SMTP_USERNAME")
                .message().doesNotContain("hunter2");
    }

    @Test
    void without_a_host_nothing_is_queued_and_no_worker_exists(@TempDir Path dataDir) {
        FrontdeskConfig config = config(Map.of("FRONTDESK_DATA_DIR", dataDir.toString()));

        try (Application app = Application.open(config)) {
            assertThat(app.outbox()).isSameAs(Outbox.DISABLED);
            assertThat(app.outboxWorker()).isEmpty();
            app.start();
        }
    }

    @Test
    void with_a_host_the_worker_exists_but_runs_only_once_started(@TempDir Path dataDir) {
        FrontdeskConfig config = config(Map.of("FRONTDESK_DATA_DIR", dataDir.toString(),
                "FRONTDESK_SMTP_HOST", "127.0.0.1", "FRONTDESK_SMTP_TIMEOUT_SECONDS", "7"));

        try (Application app = Application.open(config)) {
            assertThat(app.outbox()).isNotSameAs(Outbox.DISABLED);
            QueueLane<ClaimedMessage> worker = app.outboxWorker().orElseThrow();
            assertThat(worker.running()).isFalse();
            assertThat(worker.settings().itemBudget()).isEqualTo(Duration.ofSeconds(42));
            assertThat(worker.settings().lease()).isEqualTo(Duration.ofSeconds(210));
            assertThat(worker.settings().pollInterval()).isEqualTo(Duration.ofSeconds(1));
        }
    }

    private static FrontdeskConfig config(Map<String, String> env) {
        return FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of()));
    }
}
