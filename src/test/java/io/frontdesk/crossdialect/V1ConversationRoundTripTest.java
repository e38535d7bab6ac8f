package io.frontdesk.crossdialect;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation store behind Help Scout 1.0 and 2.0: created in 1.0 (with tags, a custom field and an uploaded
 * attachment), replied to and changed in 2.0, read back in 1.0 with nothing lost.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ConversationRoundTripTest {

    @Parameter
    Backend backend;

    @Test
    void created_in_1_0_replied_in_2_0_read_in_1_0() {
        Tenant tenant = backend.tenant();
        MailboxField plan = tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(),
                "Plan", FieldType.SINGLE_LINE, false, 1, List.of());
        String data = Base64.getEncoder().encodeToString("receipt".getBytes(StandardCharsets.UTF_8));
        String hash = tenant.v1().post("/v1/attachments.json",
                "{\"fileName\": \"receipt.txt\", \"mimeType\": \"text/plain\", \"data\": \"" + data + "\"}")
                .json().at("/item/hash").asText();
        Response created = tenant.v1().post("/v1/conversations.json", """
                {"subject": "Refund", "mailbox": {"id": %d}, "tags": ["refund"],
                 "customer": {"email": "vbear@example.com", "firstName": "Vernon", "lastName": "Bear"},
                 "customFields": [{"fieldId": %d, "value": "Gold"}],
                 "threads": [{"type": "customer", "createdBy": {"email": "vbear@example.com", "type": "customer"},
                              "body": "Please refund me", "attachments": [{"hash": "%s"}]}]}"""
                .formatted(tenant.mailbox().id(), plan.id(), hash));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('.')));

        JsonNode v2 = tenant.v2().get("/v2/conversations/" + id + "?embed=threads").json();
        assertThat(v2.get("subject").asText()).isEqualTo("Refund");
        assertThat(v2.at("/tags/0/tag").asText()).isEqualTo("refund");
        assertThat(v2.at("/customFields/0/value").asText()).isEqualTo("Gold");
        long customer = v2.at("/primaryCustomer/id").asLong();
        assertThat(v2.at("/_embedded/threads/0/_embedded/attachments/0/filename").asText()).isEqualTo("receipt.txt");

        Response reply = tenant.v2().post("/v2/conversations/" + id + "/reply",
                "{\"customer\": {\"id\": " + customer + "}, \"text\": \"Refunded\", \"status\": \"closed\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        JsonNode item = tenant.v1().get("/v1/conversations/" + id + ".json").json().get("item");
        assertThat(item.get("status").asText()).isEqualTo("closed");
        assertThat(item.get("threadCount").asInt()).isEqualTo(2);
        assertThat(item.get("tags")).extracting(JsonNode::asText).containsExactly("refund");
        assertThat(item.at("/customFields/0/value").asText()).isEqualTo("Gold");
        assertThat(item.at("/customer/id").asLong()).isEqualTo(customer);
        List<String> types = new ArrayList<>();
        item.get("threads").forEach(t -> types.add(t.get("type").asText() + ":" + t.get("body").asText()));
        assertThat(types).containsExactly("message:Refunded", "customer:Please refund me");
        assertThat(item.at("/threads/1/attachments/0/fileName").asText()).isEqualTo("receipt.txt");
        assertThat(item.get("userModifiedAt").asText()).isEqualTo(tenant.v2().get("/v2/conversations/" + id)
                .json().get("userUpdatedAt").asText());

        // a 1.0 change shows in 2.0
        tenant.v1().put("/v1/conversations/" + id + ".json", "{\"status\": \"active\", \"tags\": [\"vip\"]}");
        JsonNode after = tenant.v2().get("/v2/conversations/" + id).json();
        assertThat(after.get("status").asText()).isEqualTo("active");
        assertThat(after.at("/tags/0/tag").asText()).isEqualTo("vip");
        assertThat(after.at("/customFields/0/value").asText()).isEqualTo("Gold");
    }

    /** A 1.0 chat conversation is the HelpCrunch chat: its messages there, and a HelpCrunch agent's reply in 1.0. */
    @Test
    void a_chat_created_in_1_0_is_the_helpcrunch_chat_and_its_reply_reads_back_in_1_0() {
        Tenant tenant = backend.tenant();
        Response created = tenant.v1().post("/v1/conversations.json", """
                {"subject": "Chat", "type": "chat", "mailbox": {"id": %d}, "tags": ["vip"],
                 "customer": {"email": "chatter@example.com", "firstName": "Chad", "lastName": "Chatter"},
                 "threads": [{"type": "chat", "createdBy": {"email": "chatter@example.com", "type": "customer"},
                              "body": "Is anyone there?"}]}""".formatted(tenant.mailbox().id()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('.')));

        JsonNode chat = tenant.hc().get("/chats/" + id).json();
        assertThat(chat.get("id").asLong()).isEqualTo(id);
        assertThat(chat.at("/customer/email").asText()).isEqualTo("chatter@example.com");
        JsonNode messages = tenant.hc().get("/chats/" + id + "/messages").json();
        assertThat(messages.get("total").asInt()).isEqualTo(1);
        assertThat(messages.at("/data/0/text").asText()).isEqualTo("Is anyone there?");
        assertThat(messages.at("/data/0/from").asText()).isEqualTo("customer");

        Response reply = tenant.hc().post("/messages", "{\"chat\":" + id + ",\"text\":\"Yes, here\","
                + "\"agent\":" + tenant.owner().id() + ",\"type\":\"message\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);

        JsonNode item = tenant.v1().get("/v1/conversations/" + id + ".json").json().get("item");
        assertThat(item.get("type").asText()).isEqualTo("chat");
        assertThat(item.get("threadCount").asInt()).isEqualTo(2);
        assertThat(item.get("tags")).extracting(JsonNode::asText).containsExactly("vip");
        assertThat(item.at("/threads/0/body").asText()).isEqualTo("Yes, here");
        assertThat(item.at("/threads/0/createdBy/type").asText()).isEqualTo("user");
        assertThat(item.at("/threads/0/createdBy/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(item.at("/threads/1/body").asText()).isEqualTo("Is anyone there?");
        assertThat(item.at("/threads/1/createdBy/type").asText()).isEqualTo("customer");
        assertThat(item.at("/threads/1/createdBy/email").asText()).isEqualTo("chatter@example.com");
        assertThat(item.at("/threads/1/createdByCustomer").asBoolean()).isTrue();
        assertThat(item.at("/createdBy/type").asText()).isEqualTo("customer");
        assertThat(item.at("/customer/email").asText()).isEqualTo("chatter@example.com");
        JsonNode v2 = tenant.v2().get("/v2/conversations/" + id + "/threads").json();
        JsonNode first = v2.at("/_embedded/threads/1");
        assertThat(first.get("type").asText()).isEqualTo("chat");
        assertThat(first.at("/createdBy/type").asText()).isEqualTo("customer");
    }

    /** A phone thread a user logs in 1.0 is that user's; one the customer made is the customer's, in 2.0 too. */
    @Test
    void phone_threads_belong_to_whoever_1_0_names_as_their_author() {
        Tenant tenant = backend.tenant();
        Response created = tenant.v1().post("/v1/conversations.json", """
                {"subject": "Call", "type": "phone", "mailbox": {"id": %d},
                 "customer": {"email": "caller@example.com"},
                 "threads": [{"type": "phone", "createdBy": {"id": %d, "type": "user"}, "body": "Called back"},
                             {"type": "phone", "createdBy": {"email": "caller@example.com", "type": "customer"},
                              "body": "Left a voicemail"}]}""".formatted(tenant.mailbox().id(), tenant.owner().id()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1, location.lastIndexOf('.')));

        JsonNode item = tenant.v1().get("/v1/conversations/" + id + ".json").json().get("item");
        assertThat(item.at("/threads/0/body").asText()).isEqualTo("Called back");
        assertThat(item.at("/threads/0/createdBy/type").asText()).isEqualTo("user");
        assertThat(item.at("/threads/0/createdByCustomer").asBoolean()).isFalse();
        assertThat(item.at("/threads/1/body").asText()).isEqualTo("Left a voicemail");
        assertThat(item.at("/threads/1/createdBy/type").asText()).isEqualTo("customer");
        assertThat(item.at("/createdBy/type").asText()).isEqualTo("customer");

        JsonNode threads = tenant.v2().get("/v2/conversations/" + id + "/threads").json().at("/_embedded/threads");
        assertThat(threads.get(0).at("/createdBy/type").asText()).isEqualTo("user");
        assertThat(threads.get(1).at("/createdBy/type").asText()).isEqualTo("customer");
    }
}
