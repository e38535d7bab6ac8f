package io.frontdesk.mail.smtp;

import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.config.FrontdeskConfig.Smtp.Security;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Each security mode becomes the Jakarta Mail properties that enforce it; the password is never a property. */
class SmtpPropertiesTest {

    @Test
    void starttls_is_required_and_the_certificate_checked() {
        Properties props = SmtpProperties.of(smtp(Security.STARTTLS));

        assertThat(props).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
    }

    @Test
    void tls_speaks_tls_from_the_first_byte() {
        Properties props = SmtpProperties.of(smtp(Security.TLS));

        assertThat(props).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void none_turns_both_off() {
        Properties props = SmtpProperties.of(smtp(Security.NONE));

        assertThat(props).containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.starttls.enable", "false");
    }

    @Test
    void host_port_timeouts_and_authentication_are_set_and_the_password_is_not() {
        Properties props = SmtpProperties.of(smtp(Security.STARTTLS));

        assertThat(props).containsEntry("mail.smtp.host", "smtp.example.com")
                .containsEntry("mail.smtp.port", "2525")
                .containsEntry("mail.smtp.connectiontimeout", "7000")
                .containsEntry("mail.smtp.timeout", "7000")
                .containsEntry("mail.smtp.writetimeout", "7000")
                .containsEntry("mail.smtp.auth", "true");
        assertThat(props.values()).doesNotContain("s3cret-password");
    }

    private static FrontdeskConfig.Smtp smtp(Security security) {
        return new FrontdeskConfig.Smtp(Optional.of("smtp.example.com"), 2525, Optional.of("desk"),
                Optional.of("s3cret-password"), security, Duration.ofSeconds(7));
    }
}
