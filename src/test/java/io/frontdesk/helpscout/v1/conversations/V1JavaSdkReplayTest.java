package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.assertNotFound;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.idFromLocation;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client session replayed as the Java SDK 1.x's ApiClient sends it: Gson bodies of its whole models (nulls left
 * out, primitives such as `isDraft`, `threadCount`, `savedReplyId` and `createdByCustomer` always there), ids taken
 * from `Location`, the attachment hash flow, the read-modify-PUT of the whole object, and the exact status codes it
 * insists on (201, 200, 200).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1JavaSdkReplayTest {

    @Parameter
    Backend backend;

    @Test
    void create_with_an_uploaded_file_reply_read_put_back_whole_read_the_file_and_delete() {
        Tenant tenant = backend.tenant();
        Client sdk = tenant.v1();
        long user = tenant.owner().id();
        String file = Base64.getEncoder().encodeToString("Serial number 42".getBytes(StandardCharsets.UTF_8));

        // createAttachment: the Attachment model, then item.hash
        Response uploaded = sdk.post("/v1/attachments.json",
                "{\"fileName\":\"serial.txt\",\"mimeType\":\"text/plain\",\"data\":\"" + file + "\"}");
        assertThat(uploaded.status()).isEqualTo(201);
        String hash = uploaded.json().at("/item/hash").asText();

        // createConversation(conversation): the whole Conversation model, threads and their attachments included
        Response created = sdk.post("/v1/conversations.json", """
                {"isDraft":false,"threadCount":0,"owner":{"id":%d,"type":"user"},"mailbox":{"id":%d},
                 "customer":{"email":"karl@worldoftesters.com","firstName":"Karl","lastName":"Tester",
                             "type":"customer"},
                 "status":"active","subject":"Subject","tags":["vip"],
                 "threads":[{"type":"customer","state":"published","status":"active",
                             "createdBy":{"email":"karl@worldoftesters.com","type":"customer"},"body":"Hello",
                             "createdByCustomer":true,"savedReplyId":0,
                             "attachments":[{"hash":"%s","fileName":"serial.txt","mimeType":"text/plain"}]}]}"""
                .formatted(user, tenant.mailbox().id(), hash));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long id = idFromLocation(created.header("Location"));
        String path = "/v1/conversations/" + id + ".json";

        // createConversationThread(id, message): 201; the SDK reads nothing back
        Response replied = sdk.post(path, """
                {"type":"message","state":"published","status":"pending","createdBy":{"id":%d,"type":"user"},
                 "body":"A new one is on its way","cc":["boss@example.com"],"createdByCustomer":false,
                 "savedReplyId":0}""".formatted(user));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);

        JsonNode item = ok(sdk.get(path)).get("item");
        assertThat(item.get("threadCount").asInt()).isEqualTo(2);
        assertThat(item.get("status").asText()).isEqualTo("pending");
        assertThat(item.at("/owner/id").asLong()).isEqualTo(user);
        assertThat(item.at("/customer/firstName").asText()).isEqualTo("Karl");
        assertThat(item.at("/customer/emails/0").asText()).isEqualTo("karl@worldoftesters.com");
        assertThat(item.get("tags")).extracting(JsonNode::asText).containsExactly("vip");
        assertThat(item.at("/threads/0/type").asText()).isEqualTo("message");
        assertThat(item.at("/threads/0/cc/0").asText()).isEqualTo("boss@example.com");
        JsonNode attachment = item.at("/threads/1/attachments/0");
        assertThat(attachment.get("fileName").asText()).isEqualTo("serial.txt");

        // updateConversation(conversation): the object it read, whole, with one change
        ((ObjectNode) item).put("status", "closed");
        Response put = sdk.put(path, item.toString());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode after = ok(sdk.get(path)).get("item");
        assertThat(after.get("status").asText()).isEqualTo("closed");
        assertThat(after.get("threadCount").asInt()).as("threads sent back are not threads added").isEqualTo(2);

        // getAttachmentData(id): item.data, base64
        JsonNode data = ok(sdk.get("/v1/attachments/" + attachment.get("id").asLong() + "/data.json"));
        assertThat(data.at("/item/data").asText()).isEqualTo(file);

        // deleteConversation(id): exactly 200
        assertThat(sdk.delete(path).status()).isEqualTo(200);
        assertNotFound(sdk.get(path));
    }
}
