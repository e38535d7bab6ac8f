package io.frontdesk.admin;

import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.webhook.Receiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin API's wire shapes, pinned: account, clock, fault rule, journal entry, mail, delivery, error. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminGoldenTest {

    @Parameter
    Backend backend;

    @Test
    void every_admin_wire_shape_matches_its_golden_file() {
        try (AdminFixture fixture = AdminFixture.start(backend); Receiver receiver = Receiver.start()) {
            Client admin = fixture.admin;
            String base = fixture.server.baseUrl();
            golden(admin.put("/_frontdesk/clock", "{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}"), "clock.json",
                    base);
            Response made = admin.post("/_frontdesk/accounts", "{\"name\":\"Golden\",\"ownerEmail\":"
                    + "\"owner@golden.test\",\"mailboxEmail\":\"help@golden.test\"}");
            assertThat(made.status()).isEqualTo(201);
            golden(made, "account.json", base);
            AdminFixture.Account account = new AdminFixture.Account(base, made.json());

            golden(admin.post("/_frontdesk/faults", "{\"dialect\":\"helpscout-v2\",\"method\":\"POST\",\"path\":"
                    + "\"/v2/customers*\",\"status\":503,\"times\":2,\"accountId\":" + account.id() + "}"),
                    "fault.json", base);
            admin.delete("/_frontdesk/faults");
            golden(admin.post("/_frontdesk/faults", "{\"status\":299}"), "error.json", base);

            Client v2 = account.v2();
            v2.post("/v2/webhooks", "{\"url\":\"" + receiver.url("/g") + "\",\"events\":[\"convo.created\"],"
                    + "\"secret\":\"golden-secret\"}");
            admin.delete("/_frontdesk/requests");
            long id = Long.parseLong(v2.post("/v2/conversations", "{\"subject\":\"Golden\",\"type\":\"email\","
                    + "\"status\":\"active\",\"mailboxId\":" + account.mailboxId() + ",\"customer\":{\"email\":"
                    + "\"vera@golden.test\"},\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}")
                    .header("Resource-ID"));
            golden(admin.get("/_frontdesk/requests"), "requests.json", base);

            golden(admin.get("/_frontdesk/accounts/" + account.id() + "/webhooks/await?event=convo.created"
                    + "&resourceId=" + id + "&timeoutMs=20000"), "await.json", base);

            v2.post("/v2/conversations/" + id + "/reply", "{\"customer\":{\"email\":\"vera@golden.test\"},"
                    + "\"text\":\"Golden reply\"}");
            Await.until("the reply is captured", Duration.ofSeconds(10),
                    () -> admin.get("/_frontdesk/mail").json().size() == 1);
            golden(admin.get("/_frontdesk/mail"), "mail.json", base);
        }
    }

    private static void golden(Response response, String file, String base) {
        Golden.assertMatches(response, "admin/" + file, base);
    }
}
