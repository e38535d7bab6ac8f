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
 * Request bodies are limited per route (docs/reliability.md, "Input limits"): 100 kB by default, 256 kB to create a
 * conversation, 15 MB to upload an attachment (a 10 MB file in base64). The limit is exact to the byte, a declared
 * length over it is refused before any of the body is read, a chunked body is read no further than the limit, and
 * the 413 is in the dialect's format and changes nothing.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BodyLimitTest {

    private static final int DEFAULT = (int) BodyLimit.DEFAULT.bytes();
    private static final int CONVERSATION = (int) BodyLimit.CONVERSATION.bytes();

    @Parameter
    Backend backend;

    private Tenant tenant;
    private Client v2;

    @BeforeEach
    void tenant() {
        tenant = backend.tenant();
        v2 = tenant.v2();
    }

    @Test
    void a_json_write_takes_100_kb_to_the_byte_and_not_one_more() {
        String customer = "{\"firstName\":\"Pad\"}";

        assertThat(v2.post("/v2/customers", Bodies.padded(customer, DEFAULT)).status()).isEqualTo(201);
        RawRequest.Answer refused = RawRequest.declaring(tenant.server().baseUrl(), "POST", "/v2/customers",
                Map.of("Authorization", Credentials.bearer(tenant), "Content-Type", "application/json"),
                Bodies.padded(customer, DEFAULT + 1).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.head()).containsIgnoringCase("Content-Type: application/vnd.error+json\r\n");
        assertThat(refused.body().get("message").asText()).isEqualTo(
                "Request body too large: this endpoint accepts at most 102400 bytes (100 kB)");
        assertThat(v2.get("/v2/customers").json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void creating_a_conversation_takes_256_kb() {
        String conversation = "{\"subject\":\"Big\",\"type\":\"email\",\"mailboxId\":" + tenant.mailbox().id()
                + ",\"status\":\"active\",\"customer\":{\"email\":\"big@limits.test\"},"
                + "\"threads\":[{\"type\":\"customer\",\"text\":\"Hello\"}]}";

        assertThat(v2.post("/v2/conversations", Bodies.padded(conversation, CONVERSATION)).status())
                .isEqualTo(201);
        // Declared, not sent: the server answers 413 from the declared length and closes, and a client still uploading
        // can see that as a reset instead of the answer (RawRequest.declaring).
        byte[] over = Bodies.padded(conversation, CONVERSATION + 1).getBytes(StandardCharsets.UTF_8);
        RawRequest.Answer refused = RawRequest.declaring(tenant.server().baseUrl(), "POST", "/v2/conversations",
                Map.of("Authorization", Credentials.bearer(tenant), "Content-Type", "application/json"), over);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("message").asText()).contains("262144 bytes (256 kB)");
        assertThat(v2.get("/v2/conversations?status=all").json().at("/page/totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void an_attachment_upload_takes_a_10_mb_file_and_refuses_one_byte_more_as_a_file() {
        long conversation = Bodies.conversation(v2, tenant);
        long thread = v2.get("/v2/conversations/" + conversation + "/threads").json()
                .at("/_embedded/threads/0/id").asLong();
        String path = "/v2/conversations/" + conversation + "/threads/" + thread + "/attachments";
        int tenMegabytes = 10 * 1024 * 1024;

        assertThat(v2.post(path, Bodies.attachment(tenMegabytes)).status()).isEqualTo(201);
        Response tooLarge = v2.post(path, Bodies.attachment(tenMegabytes + 1));

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
        assertThat(tooLarge.json().at("/_embedded/errors/0/path").asText()).isEqualTo("data");
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_read() {
        RawRequest.Answer answer = RawRequest.send(tenant.server().baseUrl(), "POST", "/v2/customers",
                Map.of("Authorization", Credentials.bearer(tenant), "Content-Type", "application/json",
                        "Content-Length", Integer.toString(DEFAULT + 1)),
                "{\"firstName\"".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("logRef").asText()).isNotBlank();
    }

    @Test
    void an_attachment_upload_declaring_more_than_15_mb_is_refused_unread() {
        RawRequest.Answer answer = RawRequest.send(tenant.server().baseUrl(), "POST",
                "/v2/conversations/1/threads/1/attachments", Map.of("Authorization", Credentials.bearer(tenant),
                        "Content-Type", "application/json",
                        "Content-Length", Long.toString(BodyLimit.ATTACHMENT.bytes() + 1)), new byte[0]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("message").asText()).contains("15728640 bytes");
    }

    @Test
    void a_chunked_body_is_read_to_the_limit_and_no_further() {
        byte[] chunk = Bodies.padded("{\"firstName\":\"Chunked\"}", DEFAULT + 1).getBytes(StandardCharsets.UTF_8);
        byte[] sent = Bodies.chunk(chunk);

        // the terminating chunk never comes: an answer proves the server stopped reading at the limit
        RawRequest.Answer answer = RawRequest.send(tenant.server().baseUrl(), "POST", "/v2/customers",
                Map.of("Authorization", Credentials.bearer(tenant), "Content-Type", "application/json",
                        "Transfer-Encoding", "chunked"), sent);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(v2.get("/v2/customers").json().at("/page/totalElements").asLong()).isZero();
    }

    @Test
    void a_chunked_body_within_the_limit_is_accepted() {
        byte[] body = Bodies.padded("{\"firstName\":\"Chunked\"}", DEFAULT).getBytes(StandardCharsets.UTF_8);
        byte[] sent = Bodies.concat(Bodies.chunk(body), "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        RawRequest.Answer answer = RawRequest.send(tenant.server().baseUrl(), "POST", "/v2/customers",
                Map.of("Authorization", Credentials.bearer(tenant), "Content-Type", "application/json",
                        "Transfer-Encoding", "chunked"), sent);

        assertThat(answer.status()).as(answer.head()).isEqualTo(201);
    }

    @Test
    void the_413_is_in_the_1_0_format_and_changes_nothing() {
        long id = tenant.v1().post("/v1/customers.json", "{\"firstName\":\"Vernon\",\"lastName\":\"Bear\","
                + "\"emails\":[{\"value\":\"vb@limits.test\"}]}").locationId();

        RawRequest.Answer refused = RawRequest.declaring(tenant.server().baseUrl(), "PUT", "/v1/customers/" + id
                        + ".json", Map.of("Authorization", Credentials.basic(tenant), "Content-Type", "application/json"),
                Bodies.padded("{\"firstName\":\"Changed\"}", DEFAULT + 1).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("status").asInt()).isEqualTo(413);
        assertThat(refused.body().get("message").asText()).startsWith("Request body too large");
        assertThat(tenant.v1().get("/v1/customers/" + id + ".json").json().at("/item/firstName").asText())
                .isEqualTo("Vernon");
    }

    @Test
    void the_413_is_in_the_helpcrunch_format_and_changes_nothing() {
        RawRequest.Answer refused = RawRequest.declaring(tenant.server().baseUrl(), "POST", "/helpcrunch/v1/customers",
                Map.of("Authorization", Credentials.helpcrunch(tenant), "Content-Type", "application/json"),
                Bodies.padded("{\"name\":\"John Doe\"}", DEFAULT + 1).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().at("/errors/0/code").asText()).isEqualTo("invalid_request");
        assertThat(refused.body().at("/errors/1/code").asText()).isEqualTo("payload_too_large");
        assertThat(tenant.hc().get("/customers").json().get("total").asLong()).isZero();
    }

    @Test
    void the_token_endpoint_takes_no_form_over_100_kb() {
        String form = "grant_type=client_credentials&client_id=" + tenant.oauthApp().credential().clientId()
                + "&client_secret=" + tenant.oauthApp().secret() + "&pad=";
        String padded = form + "x".repeat(DEFAULT + 1 - form.length());

        RawRequest.Answer refused = RawRequest.declaring(tenant.server().baseUrl(), "POST", "/v2/oauth2/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), padded.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.head()).containsIgnoringCase("Content-Type: application/vnd.error+json\r\n");
    }
}
