package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.assertNotFound;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.golden;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.idFromLocation;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.invalid;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The two-step attachment flow: upload for a hash, name it in a thread, read the data, delete. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1AttachmentTest {

    private static final String TEXT = "Serial number 42";
    private static final String DATA = Base64.getEncoder().encodeToString(TEXT.getBytes(StandardCharsets.UTF_8));

    @Parameter
    Backend backend;

    @Test
    void the_hash_flow_as_the_java_sdk_runs_it() {
        Tenant tenant = backend.tenant();
        Response uploaded = tenant.v1().post("/v1/attachments.json",
                "{\"fileName\": \"serial.txt\", \"mimeType\": \"text/plain\", \"data\": \"" + DATA + "\"}");
        golden(uploaded, 201, "attachments/uploaded.json");
        String hash = uploaded.json().at("/item/hash").asText();
        assertThat(hash).matches("[0-9a-f]{40}");

        Response created = tenant.v1().post("/v1/conversations.json", conversationWith(tenant, hash));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = idFromLocation(created.header("Location"));

        Response item = tenant.v1().get("/v1/conversations/" + id + ".json");
        golden(item, 200, "conversations/with_attachment.json");
        JsonNode attachment = item.json().at("/item/threads/0/attachments/0");
        assertThat(attachment.get("url").asText())
                .isEqualTo(tenant.v1().base() + "/v1/attachments/" + attachment.get("id").asLong() + "/data.json");

        Response read = tenant.v1().get("/v1/attachments/" + attachment.get("id").asLong() + "/data.json");
        golden(read, 200, "attachments/data.json");
        JsonNode data = ok(read);
        assertThat(new String(Base64.getDecoder().decode(data.at("/item/data").asText()), StandardCharsets.UTF_8))
                .isEqualTo(TEXT);
        // the same data through 2.0: one store
        Response v2 = tenant.v2().get("/v2/conversations/" + id + "/attachments/" + attachment.get("id").asLong()
                + "/data");
        assertThat(v2.json().get("data").asText()).isEqualTo(data.at("/item/data").asText());

        Response deleted = tenant.v1().delete("/v1/attachments/" + attachment.get("id").asLong() + ".json");
        assertThat(deleted.status()).isEqualTo(200);
        assertNotFound(tenant.v1().get("/v1/attachments/" + attachment.get("id").asLong() + "/data.json"));
        assertThat(ok(tenant.v1().get("/v1/conversations/" + id + ".json")).at("/item/threads/0/attachments"))
                .isEmpty();
    }

    @Test
    void a_hash_attaches_once_and_an_unknown_hash_creates_nothing() {
        Tenant tenant = backend.tenant();
        String hash = tenant.v1().post("/v1/attachments.json",
                "{\"fileName\": \"a.txt\", \"mimeType\": \"text/plain\", \"data\": \"" + DATA + "\"}")
                .json().at("/item/hash").asText();
        assertThat(tenant.v1().post("/v1/conversations.json", conversationWith(tenant, hash)).status())
                .isEqualTo(201);

        assertThat(invalid(tenant.v1().post("/v1/conversations.json", conversationWith(tenant, hash))))
                .containsExactly("threads[0].attachments[0].hash");
        assertThat(invalid(tenant.v1().post("/v1/conversations.json", conversationWith(tenant, "0".repeat(40)))))
                .containsExactly("threads[0].attachments[0].hash");
        assertThat(ok(tenant.v1().get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json"))
                .get("count").asInt()).isEqualTo(1);
    }

    @Test
    void another_accounts_hash_and_attachment_are_not_found() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        String hash = alice.v1().post("/v1/attachments.json",
                "{\"fileName\": \"a.txt\", \"mimeType\": \"text/plain\", \"data\": \"" + DATA + "\"}")
                .json().at("/item/hash").asText();
        assertThat(invalid(bob.v1().post("/v1/conversations.json", conversationWith(bob, hash))))
                .containsExactly("threads[0].attachments[0].hash");
        long id = idFromLocation(alice.v1().post("/v1/conversations.json", conversationWith(alice, hash))
                .header("Location"));
        long attachment = ok(alice.v1().get("/v1/conversations/" + id + ".json"))
                .at("/item/threads/0/attachments/0/id").asLong();

        assertNotFound(bob.v1().get("/v1/attachments/" + attachment + "/data.json"));
        assertNotFound(bob.v1().delete("/v1/attachments/" + attachment + ".json"));
        assertNotFound(bob.v1().get("/v1/attachments/999999999/data.json"));
        assertThat(ok(alice.v1().get("/v1/attachments/" + attachment + "/data.json")).at("/item/data").asText())
                .isEqualTo(DATA);
    }

    @Test
    void an_upload_needs_a_name_a_type_and_base64_data() {
        Tenant tenant = backend.tenant();

        assertThat(invalid(tenant.v1().post("/v1/attachments.json", "{}")))
                .containsExactlyInAnyOrder("fileName", "mimeType", "data");
        assertThat(invalid(tenant.v1().post("/v1/attachments.json",
                "{\"fileName\": \"a.txt\", \"mimeType\": \"text/plain\", \"data\": \"not base64!\"}")))
                .containsExactly("data");
        assertThat(invalid(tenant.v1().post("/v1/conversations.json", conversationWith(tenant, ""))))
                .containsExactly("threads[0].attachments[0].hash");
    }

    private static String conversationWith(Tenant tenant, String hash) {
        return """
                {"subject": "Serial", "mailbox": {"id": %d}, "customer": {"email": "vbear@example.com"},
                 "threads": [{"type": "customer", "createdBy": {"email": "vbear@example.com", "type": "customer"},
                              "body": "Here it is", "attachments": [{"hash": "%s"}]}]}"""
                .formatted(tenant.mailbox().id(), hash);
    }
}
