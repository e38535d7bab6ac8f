package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.frontdesk.helpscout.v2.conversations.Conversations.addThread;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.get;
import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread's original source in the three forms of the reference: raw `message/rfc822`, the JSON `{"original"}` of
 * the PHP SDK, and 1.0's base64 `thread-source`. Only email threads have one.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V2OriginalSourceTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    long id;
    long customerThread;
    String path;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        id = create(client, minimal(tenant, "Source\\r\\nBcc: evil@x.test", "source@example.com"));
        path = "/v2/conversations/" + id + "/threads/";
        customerThread = client.get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads/0/id")
                .asLong();
    }

    @Test
    void the_raw_form_is_an_rfc_822_message_of_the_thread() {
        Response raw = client.withHeader("Accept", "message/rfc822").get(path + customerThread + "/original-source");

        assertThat(raw.status()).as(raw.toString()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith("message/rfc822");
        String message = raw.body();
        String[] parts = message.split("\r\n\r\n", 2);
        assertThat(parts[0]).contains("Message-ID: <thread-" + customerThread + "." + id + "@")
                .contains("From: source@example.com").contains("MIME-Version: 1.0")
                .contains("Content-Type: text/html; charset=UTF-8").contains("Content-Transfer-Encoding: base64")
                // a line break in the subject cannot start a header of its own: the subject is an encoded word
                .contains("\r\nSubject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        "Source\r\nBcc: evil@x.test".getBytes(StandardCharsets.UTF_8)) + "?=\r\n")
                .doesNotContain("\r\nBcc:");
        assertThat(new String(Base64.getMimeDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8))
                .isEqualTo("Hello from source@example.com");
    }

    @Test
    void the_json_and_1_0_forms_carry_the_same_message() {
        String raw = client.withHeader("Accept", "message/rfc822").get(path + customerThread + "/original-source")
                .body();

        Response json = client.get(path + customerThread + "/original-source");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().get("original").asText()).isEqualTo(raw);
        assertThat(json.json().size()).isEqualTo(1);

        Response v1 = tenant.v1().get("/v1/conversations/" + id + "/thread-source/" + customerThread + ".json");
        assertThat(v1.status()).as(v1.toString()).isEqualTo(200);
        JsonNode item = v1.json().get("item");
        assertThat(new String(Base64.getDecoder().decode(item.get("data").asText()), StandardCharsets.UTF_8))
                .isEqualTo(raw);
    }

    @Test
    void a_subject_beyond_ascii_is_an_encoded_word() {
        long other = create(client, minimal(tenant, "Réclamation", "encoded@example.com"));
        long thread = client.get("/v2/conversations/" + other + "/threads").json().at("/_embedded/threads/0/id")
                .asLong();

        String message = client.withHeader("Accept", "message/rfc822")
                .get("/v2/conversations/" + other + "/threads/" + thread + "/original-source").body();

        assertThat(message).contains("\r\nSubject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "Réclamation".getBytes(StandardCharsets.UTF_8)) + "?=\r\n");
    }

    @Test
    void a_reply_is_from_the_mailbox_to_the_customer() {
        long customer = get(client, id).at("/primaryCustomer/id").asLong();
        long reply = addThread(client, id, "reply", "{\"customer\":{\"id\":" + customer + "},\"text\":\"<p>Hi</p>\","
                + "\"cc\":[\"boss@example.com\"]}");

        String message = client.withHeader("Accept", "message/rfc822").get(path + reply + "/original-source").body();

        assertThat(message).contains("From: \"" + tenant.mailbox().name() + "\" <" + tenant.mailbox().email() + ">")
                .contains("To: source@example.com").contains("Cc: boss@example.com");
    }

    @Test
    void threads_that_are_not_emails_have_no_source() {
        long note = addThread(client, id, "notes", "{\"text\":\"Internal\"}");

        Response response = client.get(path + note + "/original-source");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).contains("not an email");
        assertThat(tenant.v1().get("/v1/conversations/" + id + "/thread-source/" + note + ".json").status())
                .isEqualTo(404);
        assertThat(client.get(path + "999999999/original-source").status()).isEqualTo(404);
        assertThat(client.get("/v2/conversations/999999999/threads/" + note + "/original-source").status())
                .isEqualTo(404);
    }
}
