package io.frontdesk.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With capture-mail on, what the outbox would send is kept for the admin API: listed with headers and body, cleared. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminMailTest {

    @Parameter
    Backend backend;

    AdminFixture fixture;
    Client admin;

    @BeforeEach
    void start() {
        fixture = AdminFixture.start(backend);
        admin = fixture.admin;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void a_reply_is_captured_with_its_headers_and_body_and_can_be_cleared() {
        AdminFixture.Account account = fixture.newAccount();
        AdminFixture.Account other = fixture.newAccount();
        Client v2 = account.v2();
        long id = Long.parseLong(v2.post("/v2/conversations", "{\"subject\":\"Printer\",\"type\":\"email\","
                + "\"status\":\"active\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"email\":"
                + "\"vera@mail.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"It jams\"}]}")
                .header("Resource-ID"));
        Response reply = v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"email\":"
                + "\"vera@mail.test\"},\"text\":\"Try turning it off and on\"}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);

        Await.until("the outbox worker captured the reply", Duration.ofSeconds(10),
                () -> admin.get("/_frontdesk/mail?accountId=" + account.id()).json().size() == 1);
        JsonNode mail = admin.get("/_frontdesk/mail?accountId=" + account.id()).json().get(0);
        assertThat(mail.get("accountId").asLong()).isEqualTo(account.id());
        assertThat(mail.get("conversationId").asLong()).isEqualTo(id);
        assertThat(mail.at("/headers/To").asText()).isEqualTo("vera@mail.test");
        assertThat(mail.at("/headers/Subject").asText()).isEqualTo("Re: Printer");
        assertThat(mail.at("/headers/From").asText()).contains(account.json().at("/mailbox/email").asText());
        assertThat(mail.at("/headers/Message-ID").asText()).startsWith("<").endsWith(">");
        assertThat(mail.get("text").asText()).contains("Try turning it off and on");
        assertThat(admin.get("/_frontdesk/mail?accountId=" + other.id()).json()).isEmpty();

        assertThat(admin.delete("/_frontdesk/mail?accountId=" + other.id()).json().get("removed").asInt()).isZero();
        assertThat(admin.delete("/_frontdesk/mail").json().get("removed").asInt()).isEqualTo(1);
        assertThat(admin.get("/_frontdesk/mail").json()).isEmpty();
        assertThat(admin.get("/_frontdesk/mail?accountId=nope").status()).isEqualTo(400);
    }

    @Test
    void without_capture_mail_the_mail_endpoints_say_so() {
        try (AdminFixture plain = AdminFixture.start(backend, Map.of(ConfigKey.CAPTURE_MAIL, "false"))) {
            Response refused = plain.admin.get("/_frontdesk/mail");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().at("/error/message").asText()).contains("capture-mail");
        }
    }
}
