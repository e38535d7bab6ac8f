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

import java.util.Base64;
import java.util.Random;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static io.frontdesk.helpscout.v2.conversations.Conversations.noContent;
import static org.assertj.core.api.Assertions.assertThat;

/** Upload to a thread, read back as base64, delete. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2AttachmentTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    long id;
    long thread;
    String path;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        id = create(client, minimal(tenant, "Files", "files@example.com"));
        thread = Conversations.getWithThreads(client, id).at("/_embedded/threads/0/id").asLong();
        path = "/v2/conversations/" + id;
    }

    private static String upload(String name, byte[] bytes) {
        return "{\"fileName\":\"" + name + "\",\"mimeType\":\"application/octet-stream\",\"data\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    @Test
    void binary_data_makes_the_round_trip_byte_for_byte() {
        byte[] bytes = new byte[70_000];
        new Random(42).nextBytes(bytes);
        Response created = client.post(path + "/threads/" + thread + "/attachments", upload("blob.bin", bytes));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long attachment = Long.parseLong(created.header("Resource-ID"));
        assertThat(created.header("Location")).isEqualTo(client.base() + path + "/attachments/" + attachment
                + "/data");
        Response data = client.get(path + "/attachments/" + attachment + "/data");
        assertThat(data.status()).isEqualTo(200);
        assertThat(Base64.getDecoder().decode(data.json().get("data").asText())).isEqualTo(bytes);

        JsonNode listed = Conversations.getWithThreads(client, id).at("/_embedded/threads/0/_embedded/attachments/0");
        assertThat(listed.get("id").asLong()).isEqualTo(attachment);
        assertThat(listed.get("size").asInt()).isEqualTo(70_000);
        assertThat(listed.at("/_links/data/href").asText()).isEqualTo(client.base() + path + "/attachments/"
                + attachment + "/data");
    }

    @Test
    void data_reads_as_documented() {
        Response created = client.post(path + "/threads/" + thread + "/attachments", upload("hi.txt",
                "hi".getBytes()));
        long attachment = Long.parseLong(created.header("Resource-ID"));
        golden(client.get(path + "/attachments/" + attachment + "/data"), "attachment_data.json", client, Ids.of());
        golden(client.get(path + "/threads"), "threads_with_attachment.json", client, Ids.of().conversation(id)
                .attachment(attachment).customer(Conversations.get(client, id).at("/primaryCustomer/id").asLong()));
    }

    @Test
    void delete_removes_the_attachment() {
        long attachment = Long.parseLong(client.post(path + "/threads/" + thread + "/attachments",
                upload("gone.txt", "x".getBytes())).header("Resource-ID"));
        noContent(client.delete(path + "/attachments/" + attachment));
        assertStatus(client.get(path + "/attachments/" + attachment + "/data"), 404);
        assertStatus(client.delete(path + "/attachments/" + attachment), 404);
        assertThat(Conversations.getWithThreads(client, id).at("/_embedded/threads/0/_embedded/attachments"))
                .isEmpty();
    }

    @Test
    void all_three_fields_are_required_and_data_must_be_base64() {
        Response response = client.post(path + "/threads/" + thread + "/attachments", "{\"data\":\"%%%\"}");
        golden(response, "attachment_invalid.json", client, Ids.of());
        assertError(client.post(path + "/threads/" + thread + "/attachments",
                "{\"fileName\":\"a\",\"mimeType\":\"text/plain\",\"data\":\"a\"}"), 400, "data", "InvalidValue");
    }

    @Test
    void attachments_belong_to_their_conversation_and_thread() {
        long other = create(client, minimal(tenant, "Other", "other@example.com"));
        assertStatus(client.post("/v2/conversations/" + other + "/threads/" + thread + "/attachments",
                upload("a.txt", "a".getBytes())), 404);
        long attachment = Long.parseLong(client.post(path + "/threads/" + thread + "/attachments",
                upload("a.txt", "a".getBytes())).header("Resource-ID"));
        assertStatus(client.get("/v2/conversations/" + other + "/attachments/" + attachment + "/data"), 404);
        assertStatus(backend.tenant().v2().get(path + "/attachments/" + attachment + "/data"), 404);
    }
}
