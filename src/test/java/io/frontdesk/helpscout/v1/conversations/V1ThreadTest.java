package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.assertNotFound;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.create;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.golden;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.idFromLocation;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.invalid;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v1/conversations/{id}.json` (a new thread) and `PUT /v1/conversations/{id}/threads/{threadId}.json`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ThreadTest {

    @Parameter
    Backend backend;

    @Test
    void a_note_is_201_with_a_location_ending_in_the_thread_id() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");

        Response created = tenant.v1().post("/v1/conversations/" + id + ".json", """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Ordered a new one"}"""
                .formatted(tenant.owner().id()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        long threadId = idFromLocation(created.header("Location"));
        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(item.get("threadCount").asInt()).isEqualTo(2);
        assertThat(item.at("/threads/0/id").asLong()).isEqualTo(threadId);
        assertThat(item.at("/threads/0/type").asText()).isEqualTo("note");
        assertThat(item.at("/threads/0/createdBy/id").asLong()).isEqualTo(tenant.owner().id());
    }

    /** `thread-source/{tid}.json` as the Java SDK reads it: `item.data`, base64 of the thread's RFC 822 message. */
    @Test
    void the_thread_source_is_the_base64_message_of_an_email_thread_and_404_for_a_note() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        long customerThread = item.at("/threads/0/id").asLong();
        long note = idFromLocation(tenant.v1().post("/v1/conversations/" + id + ".json", """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Checked"}"""
                .formatted(tenant.owner().id())).header("Location"));

        Response source = tenant.v1().get("/v1/conversations/" + id + "/thread-source/" + customerThread + ".json");
        golden(source, 200, "conversations/thread_source.json");
        String message = new String(java.util.Base64.getDecoder().decode(source.json().at("/item/data").asText()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(message).contains("Subject: Broken machine").contains("From: \"Vernon Bear\" <vbear@example.com>")
                .contains("Content-Type: text/html; charset=UTF-8");
        assertNotFound(tenant.v1().get("/v1/conversations/" + id + "/thread-source/" + note + ".json"));
        assertNotFound(backend.tenant().v1().get("/v1/conversations/" + id + "/thread-source/" + customerThread
                + ".json"));
    }

    @Test
    void a_message_with_reload_answers_the_conversation_with_the_reply_and_its_status() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");

        Response created = tenant.v1().post("/v1/conversations/" + id + ".json?reload=true", """
                {"type": "message", "createdBy": {"id": %d, "type": "user"}, "body": "A new one is on its way",
                 "status": "pending", "assignedTo": {"id": %d}, "cc": ["boss@example.com"]}"""
                .formatted(tenant.owner().id(), tenant.owner().id()));

        golden(created, 201, "conversations/replied.json");
    }

    @Test
    void a_customer_thread_by_id_reopens_the_conversation() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        long customer = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).at("/item/customer/id").asLong();
        tenant.v1().put("/v1/conversations/" + id + ".json", "{\"status\": \"closed\"}");

        Response created = tenant.v1().post("/v1/conversations/" + id + ".json?reload=true", """
                {"type": "customer", "createdBy": {"id": %d, "type": "customer"}, "body": "Still broken"}"""
                .formatted(customer));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/item/status").asText()).isEqualTo("active");
        assertThat(created.json().at("/item/threads/0/createdByCustomer").asBoolean()).isTrue();
    }

    @Test
    void thread_problems_are_reported_at_their_properties_and_add_nothing() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");

        assertThat(invalid(tenant.v1().post("/v1/conversations/" + id + ".json",
                "{\"type\": \"letter\", \"status\": \"done\"}")))
                .containsExactlyInAnyOrder("type", "body", "createdBy", "status");
        assertThat(invalid(tenant.v1().post("/v1/conversations/" + id + ".json",
                "{\"type\": \"note\", \"body\": \"x\", \"createdBy\": {\"type\": \"user\"}}")))
                .containsExactly("createdBy.id");
        assertThat(ok(tenant.v1().get("/v1/conversations/" + id + ".json")).at("/item/threadCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void the_text_of_a_thread_is_updated_with_200() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        long note = idFromLocation(tenant.v1().post("/v1/conversations/" + id + ".json", """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Typo here"}"""
                .formatted(tenant.owner().id())).header("Location"));

        Response updated = tenant.v1().put("/v1/conversations/" + id + "/threads/" + note + ".json",
                "{\"body\": \"No typo here\"}");

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(ok(tenant.v1().get("/v1/conversations/" + id + ".json")).at("/item/threads/0/body").asText())
                .isEqualTo("No typo here");
        assertThat(invalid(tenant.v1().put("/v1/conversations/" + id + "/threads/" + note + ".json", "{}")))
                .containsExactly("body");
        assertNotFound(tenant.v1().put("/v1/conversations/" + id + "/threads/999999999.json",
                "{\"body\": \"x\"}"));
        Tenant other = backend.tenant();
        assertNotFound(other.v1().put("/v1/conversations/" + id + "/threads/" + note + ".json",
                "{\"body\": \"x\"}"));
    }

    @Test
    void a_note_is_deleted_by_its_id_alone_and_other_threads_stay() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        long note = idFromLocation(tenant.v1().post("/v1/conversations/" + id + ".json", """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Wrong conversation"}"""
                .formatted(tenant.owner().id())).header("Location"));
        long customerThread = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).at("/item/threads/1/id")
                .asLong();

        assertNotFound(backend.tenant().v1().delete("/v1/notes/" + note + ".json"));
        Response refused = tenant.v1().delete("/v1/notes/" + customerThread + ".json");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        Response deleted = tenant.v1().delete("/v1/notes/" + note + ".json");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(item.get("threadCount").asInt()).isEqualTo(1);
        assertThat(item.at("/threads/0/id").asLong()).isEqualTo(customerThread);
        assertNotFound(tenant.v1().delete("/v1/notes/" + note + ".json"));
    }

    @Test
    void a_conversation_holds_at_most_one_hundred_threads() {
        Tenant tenant = backend.tenant();
        StringBuilder threads = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            threads.append(i == 0 ? "" : ",").append("""
                    {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "n%d"}"""
                    .formatted(tenant.owner().id(), i));
        }
        Response response = tenant.v1().post("/v1/conversations.json", """
                {"subject": "Long", "mailbox": {"id": %d}, "customer": {"email": "a@example.com"},
                 "threads": [%s]}""".formatted(tenant.mailbox().id(), threads));

        assertThat(response.status()).as(response.toString()).isEqualTo(412);
        assertThat(response.json().get("status").asInt()).isEqualTo(412);
    }
}
