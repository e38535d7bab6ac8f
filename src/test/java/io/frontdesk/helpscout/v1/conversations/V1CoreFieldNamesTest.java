package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Golden;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.create;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the core refuses (a mailbox, user, customer, custom field or upload the account does not have) is named in the
 * 1.0 validation body by the 1.0 request's own property (`mailbox`, `owner`, `threads[1].createdBy`,
 * `customFields[0].fieldId`), never by a core field (`mailboxId`, `assignTo`, `fields[0].id`), and nothing changes.
 * Each golden file holds every case of one request shape, by name.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class V1CoreFieldNamesTest {

    private static final long UNKNOWN = 999999999L;

    @Parameter
    Backend backend;

    @Test
    void a_conversation_create_names_the_1_0_properties() {
        Tenant tenant = backend.tenant();
        long plan = numberField(tenant);
        long user = tenant.owner().id();
        String hash = upload(tenant);
        ObjectNode cases = Json.object();

        cases.set("mailbox", refused(tenant.v1().post("/v1/conversations.json",
                body(UNKNOWN, "", customerThread("vbear@example.com")))));
        cases.set("owner", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "\"owner\": {\"id\": " + UNKNOWN + ", \"type\": \"user\"},",
                        customerThread("vbear@example.com")))));
        cases.set("customer", refused(tenant.v1().post("/v1/conversations.json", """
                {"subject": "Hi", "mailbox": {"id": %d}, "customer": {"id": %d},
                 "threads": [{"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "x"}]}"""
                .formatted(tenant.mailbox().id(), UNKNOWN, user))));
        cases.set("customFields", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "\"customFields\": [{\"fieldId\": " + UNKNOWN + ", \"value\": \"1\"},"
                        + " {\"fieldId\": " + plan + ", \"value\": \"lots\"}],",
                        customerThread("vbear@example.com")))));
        cases.set("threadUser", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "", customerThread("vbear@example.com") + ", "
                        + "{\"type\": \"note\", \"createdBy\": {\"id\": " + UNKNOWN + ", \"type\": \"user\"},"
                        + " \"body\": \"x\"}"))));
        cases.set("threadCustomerCreatedBy", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "", "{\"type\": \"note\", \"createdBy\": {\"id\": " + user
                        + ", \"type\": \"user\"}, \"body\": \"x\"}, {\"type\": \"customer\", \"createdBy\": {\"id\": "
                        + UNKNOWN + ", \"type\": \"customer\"}, \"body\": \"x\"}"))));
        cases.set("threadCustomerAddressed", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "", "{\"type\": \"message\", \"createdBy\": {\"id\": " + user
                        + ", \"type\": \"user\"}, \"customer\": {\"id\": " + UNKNOWN + "}, \"body\": \"x\"}"))));
        cases.set("threadAttachment", refused(tenant.v1().post("/v1/conversations.json",
                body(tenant.mailbox().id(), "", customerThread("vbear@example.com") + ", "
                        + "{\"type\": \"note\", \"createdBy\": {\"id\": " + user + ", \"type\": \"user\"},"
                        + " \"body\": \"x\", \"attachments\": [{\"hash\": \"" + hash + "\"}, {\"hash\": \""
                        + "0".repeat(40) + "\"}]}"))));

        Golden.assertMatches(cases.toString(), "helpscout-v1/errors/core_fields_create.json", "");
        assertThat(ok(tenant.v1().get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json"))
                .get("count").asInt()).as("nothing was created").isZero();
        assertThat(tenant.v1().post("/v1/conversations.json", body(tenant.mailbox().id(), "",
                "{\"type\": \"note\", \"createdBy\": {\"id\": " + user + ", \"type\": \"user\"}, \"body\": \"x\","
                        + " \"attachments\": [{\"hash\": \"" + hash + "\"}]}")).status())
                .as("the refused thread left its upload in place").isEqualTo(201);
    }

    @Test
    void a_thread_create_names_the_1_0_properties() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        long user = tenant.owner().id();
        String path = "/v1/conversations/" + id + ".json";
        ObjectNode cases = Json.object();

        cases.set("user", refused(tenant.v1().post(path, """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "x"}""".formatted(UNKNOWN))));
        cases.set("customerCreatedBy", refused(tenant.v1().post(path, """
                {"type": "customer", "createdBy": {"id": %d, "type": "customer"}, "body": "x"}"""
                .formatted(UNKNOWN))));
        cases.set("customerAddressed", refused(tenant.v1().post(path, """
                {"type": "message", "createdBy": {"id": %d, "type": "user"}, "customer": {"id": %d}, "body": "x"}"""
                .formatted(user, UNKNOWN))));
        cases.set("assignedTo", refused(tenant.v1().post(path, """
                {"type": "message", "createdBy": {"id": %d, "type": "user"}, "assignedTo": {"id": %d}, "body": "x"}"""
                .formatted(user, UNKNOWN))));
        cases.set("attachment", refused(tenant.v1().post(path, """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "x",
                 "attachments": [{"hash": "%s"}]}""".formatted(user, "0".repeat(40)))));

        Golden.assertMatches(cases.toString(), "helpscout-v1/errors/core_fields_thread.json", "");
        assertThat(ok(tenant.v1().get(path)).at("/item/threadCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_conversation_update_and_a_line_item_edit_name_the_1_0_properties() {
        Tenant tenant = backend.tenant();
        long plan = numberField(tenant);
        long id = create(tenant, "Broken machine", "vbear@example.com");
        long other = create(tenant, "Broken again", "vbear@example.com");
        String path = "/v1/conversations/" + id + ".json";
        ObjectNode cases = Json.object();

        cases.set("owner", refused(tenant.v1().put(path, "{\"owner\": {\"id\": " + UNKNOWN + "}}")));
        cases.set("mailbox", refused(tenant.v1().put(path, "{\"mailbox\": {\"id\": " + UNKNOWN + "}}")));
        cases.set("customFields", refused(tenant.v1().put(path, "{\"customFields\": [{\"fieldId\": " + plan
                + ", \"value\": \"lots\"}, {\"fieldId\": " + UNKNOWN + ", \"value\": \"1\"}]}")));
        tenant.server().app().conversations().merge(tenant.accountId(), other, id);
        JsonNode lineItem = ok(tenant.v1().get(path)).at("/item/threads/0");
        assertThat(lineItem.get("type").asText()).isEqualTo("lineitem");
        cases.set("lineItemBody", refused(tenant.v1().put(path.replace(".json", "/threads/"
                + lineItem.get("id").asLong() + ".json"), "{\"body\": \"rewritten\"}")));

        Golden.assertMatches(cases.toString(), "helpscout-v1/errors/core_fields_update.json", "");
        JsonNode item = ok(tenant.v1().get(path)).get("item");
        assertThat(item.get("owner").isNull()).isTrue();
        assertThat(item.get("mailbox").get("id").asLong()).isEqualTo(tenant.mailbox().id());
        assertThat(item.has("customFields")).isFalse();
        assertThat(item.at("/threads/0/body").asText()).isNotEqualTo("rewritten");
    }

    private static JsonNode refused(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json();
    }

    private static long numberField(Tenant tenant) {
        return tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(), "Seats",
                FieldType.NUMBER, false, 1, List.of()).id();
    }

    private static String upload(Tenant tenant) {
        String data = Base64.getEncoder().encodeToString("serial".getBytes(StandardCharsets.UTF_8));
        Response uploaded = tenant.v1().post("/v1/attachments.json",
                "{\"fileName\": \"a.txt\", \"mimeType\": \"text/plain\", \"data\": \"" + data + "\"}");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().at("/item/hash").asText();
    }

    private static String customerThread(String email) {
        return "{\"type\": \"customer\", \"createdBy\": {\"email\": \"" + email + "\", \"type\": \"customer\"},"
                + " \"body\": \"Help\"}";
    }

    private static String body(long mailbox, String extra, String threads) {
        return "{\"subject\": \"Hi\", \"mailbox\": {\"id\": " + mailbox + "}, " + extra
                + " \"customer\": {\"email\": \"vbear@example.com\"}, \"threads\": [" + threads + "]}";
    }
}
