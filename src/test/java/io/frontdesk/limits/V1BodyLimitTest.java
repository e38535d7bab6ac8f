package io.frontdesk.limits;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.web.BodyLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help Scout 1.0's documented sizes (reference §4.3): a conversation create takes 256 kB, every other write 100 kB
 * (a thread create too), an attachment a 10 MB file; over a body limit is 413 in the 1.0 error body, a file over
 * 10 MB a 1.0 validation error on `data`, and nothing is written.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1BodyLimitTest {

    private static final int DEFAULT = (int) BodyLimit.DEFAULT.bytes();
    private static final int CONVERSATION = (int) BodyLimit.CONVERSATION.bytes();

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v1;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        v1 = tenant.v1();
    }

    @Test
    void a_conversation_create_takes_256_kb_and_a_thread_create_100_kb() {
        String conversation = "{\"subject\":\"Big\",\"mailbox\":{\"id\":" + tenant.mailbox().id() + "},"
                + "\"customer\":{\"email\":\"big@limits.test\"},\"threads\":[{\"type\":\"customer\","
                + "\"createdBy\":{\"email\":\"big@limits.test\",\"type\":\"customer\"},\"body\":\"Hello\"}]}";
        Response created = v1.post("/v1/conversations.json", Bodies.padded(conversation, CONVERSATION));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String path = created.header("Location").substring(created.header("Location").indexOf("/v1/"));

        RawRequest.Answer refused = refused("/v1/conversations.json", Bodies.padded(conversation, CONVERSATION + 1));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("status").asInt()).isEqualTo(413);
        assertThat(refused.body().get("message").asText()).contains("262144 bytes (256 kB)");

        String note = "{\"type\":\"note\",\"createdBy\":{\"id\":" + tenant.owner().id() + ",\"type\":\"user\"},"
                + "\"body\":\"Noted\"}";
        assertThat(v1.post(path, Bodies.padded(note, DEFAULT)).status()).isEqualTo(201);
        RawRequest.Answer thread = refused(path, Bodies.padded(note, DEFAULT + 1));
        assertThat(thread.status()).isEqualTo(413);
        assertThat(thread.body().get("message").asText()).contains("102400 bytes (100 kB)");

        assertThat(v1.get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json").json().get("count")
                .asInt()).isEqualTo(1);
        assertThat(v1.get(path).json().at("/item/threadCount").asInt()).isEqualTo(2);
    }

    @Test
    void an_upload_takes_a_10_mb_file_and_refuses_one_byte_more_on_data() {
        int tenMegabytes = 10 * 1024 * 1024;

        Response uploaded = v1.post("/v1/attachments.json", Bodies.attachment(tenMegabytes));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Response tooLarge = v1.post("/v1/attachments.json", Bodies.attachment(tenMegabytes + 1));

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
        assertThat(tooLarge.json().at("/validationErrors/0/property").asText()).isEqualTo("data");
    }

    /** Declared, not sent, as BodyLimitTest does: the server answers from the declared length. */
    private RawRequest.Answer refused(String path, String body) {
        return RawRequest.declaring(tenant.server().baseUrl(), "POST", path, Map.of("Authorization",
                Credentials.basic(tenant), "Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }
}
