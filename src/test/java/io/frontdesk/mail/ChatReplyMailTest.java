package io.frontdesk.mail;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.MailServer;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat's reply reaches its customer in the chat: with SMTP configured, an agent's reply in a chat conversation (from
 * HelpCrunch or Help Scout) sends no email, while an email conversation's reply still does. The chat replies are
 * written first and the outbox sends in order, so once the email reply has arrived nothing else is on its way.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ChatReplyMailTest {

    @Parameter
    Backend backend;

    @Test
    void a_chat_reply_sends_no_email_and_an_email_reply_still_does() throws Exception {
        try (MailServer mail = MailServer.start();
             TestServer server = TestServer.start(backend, mail.settings(), TestRoutes::register)) {
            server.app().start();
            Tenant tenant = server.newTenant();
            Client v2 = tenant.v2();
            Client hc = tenant.hc();
            long owner = tenant.owner().id();
            long customer = created(v2.post("/v2/customers", "{\"firstName\":\"Chatty\",\"emails\":[{\"type\":\"work\","
                    + "\"value\":\"chatty@customer.example\"}]}"));

            long chat = created(v2.post("/v2/conversations", "{\"subject\":\"Chat\",\"type\":\"chat\",\"mailboxId\":"
                    + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":" + customer + "},"
                    + "\"threads\":[{\"type\":\"chat\",\"customer\":{\"id\":" + customer + "},\"text\":\"Hi\"},"
                    + "{\"type\":\"reply\",\"customer\":{\"id\":" + customer + "},\"text\":\"Hello from the start\","
                    + "\"user\":" + owner + "}]}"));
            assertThat(v2.post("/v2/conversations/" + chat + "/reply", "{\"customer\":{\"id\":" + customer
                    + "},\"text\":\"A Help Scout reply in a chat\",\"user\":" + owner + "}").status()).isEqualTo(201);
            Response message = hc.post("/messages", "{\"chat\":" + chat + ",\"text\":\"A HelpCrunch agent message\","
                    + "\"agent\":" + owner + ",\"type\":\"message\"}");
            assertThat(message.status()).as("%s", message).isEqualTo(200);

            long email = created(v2.post("/v2/conversations", "{\"subject\":\"By mail\",\"type\":\"email\","
                    + "\"mailboxId\":" + tenant.mailbox().id() + ",\"status\":\"active\",\"customer\":{\"id\":"
                    + customer + "},\"threads\":[{\"type\":\"customer\",\"customer\":{\"id\":" + customer
                    + "},\"text\":\"Help\"}]}"));
            assertThat(v2.post("/v2/conversations/" + email + "/reply", "{\"customer\":{\"id\":" + customer
                    + "},\"text\":\"An email reply\",\"user\":" + owner + "}").status()).isEqualTo(201);

            List<MimeMessage> sent = mail.awaitMessages(1);
            assertThat(MailServer.text(sent.get(0))).contains("An email reply");
            assertThat(mail.messageIds()).as("only the email conversation's reply").hasSize(1);
            long queued = server.app().database().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM outbox WHERE account_id = :a").bind("a", tenant.accountId())
                    .mapTo(Long.class).one());
            assertThat(queued).as("nothing queued for the chat").isEqualTo(1);
        }
    }

    private static long created(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
