package io.frontdesk.mail;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.MailServer;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way other suites test outgoing mail (see {@link MailServer}): a private server with the mail server's settings,
 * started like `serve` starts it, sends what its outbox receives. The shared server never gets SMTP settings.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PrivateServerMailTest {

    @Parameter
    Backend backend;

    @Test
    void private_server_with_mail_settings_sends_what_its_outbox_receives() throws Exception {
        try (MailServer mail = MailServer.start();
             TestServer server = TestServer.start(backend, mail.settings(), TestRoutes::register)) {
            server.app().start();
            Tenant tenant = server.newTenant();
            OutgoingMessage reply = Messages.reply(tenant.accountId());

            server.app().database().run(() -> server.app().outbox().enqueue(reply));

            MimeMessage sent = mail.awaitMessages(3).get(0);
            assertThat(MailServer.header(sent, "Message-ID")).isEqualTo("<" + reply.messageId() + ">");
            assertThat(mail.messageIds()).hasSize(1);
        }
    }

    @Test
    void shared_server_has_outgoing_mail_off() {
        assertThat(backend.server().app().outbox()).isSameAs(Outbox.DISABLED);
        assertThat(backend.server().app().outboxWorker()).isEmpty();
    }
}
