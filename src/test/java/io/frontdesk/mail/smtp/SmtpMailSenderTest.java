package io.frontdesk.mail.smtp;

import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.config.FrontdeskConfig.Smtp.Security;
import io.frontdesk.mail.OutgoingMessage;
import io.frontdesk.mail.SendResult;
import io.frontdesk.testing.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One send against a real SMTP server: logins, refusals and outages become the right outcome. */
class SmtpMailSenderTest {

    private MailServer mail;

    @BeforeEach
    void start() {
        mail = MailServer.start();
        mail.addUser("desk@desk.test", "desk", "right-password");
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void login_with_the_right_password_sends() {
        SendResult result = sender(Optional.of("desk"), Optional.of("right-password")).send(message("a@example.test"));

        assertThat(result).isEqualTo(SendResult.sent());
        assertThat(mail.awaitMessages(1)).hasSize(1);
    }

    @Test
    void refused_login_is_retried_later_and_the_error_holds_no_password() {
        SendResult result = sender(Optional.of("desk"), Optional.of("wrong-password")).send(message("a@example.test"));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).contains("AuthenticationFailedException").doesNotContain("wrong-password");
        assertThat(mail.messages()).isEmpty();
    }

    @Test
    void server_not_listening_is_retried_later() {
        mail.pause();

        SendResult result = sender(Optional.empty(), Optional.empty()).send(message("a@example.test"));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.RETRY);
        assertThat(result.detail()).contains("MailConnectException");
    }

    @Test
    void malformed_recipient_is_given_up() {
        SendResult result = sender(Optional.empty(), Optional.empty()).send(message("two words@example.test"));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.PERMANENT);
        assertThat(result.detail()).contains("AddressException");
    }

    private SmtpMailSender sender(Optional<String> username, Optional<String> password) {
        return new SmtpMailSender(new FrontdeskConfig.Smtp(Optional.of("127.0.0.1"), mail.port(), username, password,
                Security.NONE, Duration.ofSeconds(5)));
    }

    private static OutgoingMessage message(String to) {
        return new OutgoingMessage(1, 2, 3L, "Support", "support@desk.test", List.of(to), List.of(), List.of(),
                "Subject", "Body", null, "sender-test-" + System.nanoTime() + "@desk.test", null, List.of());
    }
}
