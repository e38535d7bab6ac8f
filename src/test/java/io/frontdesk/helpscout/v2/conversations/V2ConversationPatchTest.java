package io.frontdesk.helpscout.v2.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.account.Role;
import io.frontdesk.account.User;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.frontdesk.helpscout.v2.conversations.Conversations.Ids;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertError;
import static io.frontdesk.helpscout.v2.conversations.Conversations.assertStatus;
import static io.frontdesk.helpscout.v2.conversations.Conversations.body;
import static io.frontdesk.helpscout.v2.conversations.Conversations.create;
import static io.frontdesk.helpscout.v2.conversations.Conversations.get;
import static io.frontdesk.helpscout.v2.conversations.Conversations.golden;
import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static io.frontdesk.helpscout.v2.conversations.Conversations.noContent;
import static org.assertj.core.api.Assertions.assertThat;

/** `PATCH`, `DELETE`, `PUT …/tags` and `PUT …/fields` of a conversation. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationPatchTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;
    long id;
    String path;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
        id = create(client, minimal(tenant, "Original", "patch@example.com"));
        path = "/v2/conversations/" + id;
    }

    private Response patch(String json) {
        return client.patch(path, json);
    }

    @Test
    void subject_is_replaced_by_a_single_operation_object() {
        noContent(patch("{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"Renamed\"}"));
        assertThat(get(client, id).get("subject").asText()).isEqualTo("Renamed");
    }

    @Test
    void closing_records_who_and_when_and_reopening_clears_it() {
        noContent(patch("{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"closed\"}"));
        JsonNode closed = get(client, id);
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("closedBy").asLong()).isEqualTo(tenant.owner().id());
        assertThat(closed.at("/closedByUser/first").asText()).isEqualTo("Olivia");
        assertThat(closed.get("closedAt").asText()).isNotBlank();
        assertThat(closed.at("/_links/closedBy/href").asText()).endsWith("/v2/users/" + tenant.owner().id());
        assertThat(closed.get("folderId").asLong()).isEqualTo(tenant.mailbox().id() * 10 + 5);
        noContent(patch("{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"pending\"}"));
        JsonNode pending = get(client, id);
        assertThat(pending.has("closedBy")).isFalse();
        assertThat(pending.has("closedAt")).isFalse();
    }

    @Test
    void assign_to_replaces_and_remove_unassigns() {
        User agent = tenant.server().app().accounts().createUser(tenant.accountId(), "Ada", "Agent",
                "ada" + tenant.accountId() + "@example.com", Role.USER);
        noContent(patch("{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + agent.id() + "}"));
        JsonNode assigned = get(client, id);
        assertThat(assigned.at("/assignee/id").asLong()).isEqualTo(agent.id());
        assertThat(assigned.at("/assignee/first").asText()).isEqualTo("Ada");
        assertThat(assigned.at("/assignee/type").asText()).isEqualTo("user");
        assertThat(assigned.get("folderId").asLong()).isEqualTo(tenant.mailbox().id() * 10 + 4);
        noContent(patch("{\"op\":\"remove\",\"path\":\"/assignTo\"}"));
        assertThat(get(client, id).has("assignee")).isFalse();
        assertError(patch("{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":" + backend.tenant().owner().id()
                + "}"), 400, "assignTo", "InvalidValue");
    }

    @Test
    void move_to_another_mailbox_drops_the_values_of_fields_it_does_not_define() {
        MailboxField plan = Conversations.definePlan(tenant);
        noContent(client.put(path + "/fields", "{\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"paid\"}]}"));
        Mailbox sales = tenant.server().app().mailboxes().create(tenant.accountId(), "Sales",
                "sales" + tenant.accountId() + "@example.com");
        noContent(patch("{\"op\":\"move\",\"path\":\"/mailboxId\",\"value\":" + sales.id() + "}"));
        JsonNode moved = get(client, id);
        assertThat(moved.get("mailboxId").asLong()).isEqualTo(sales.id());
        assertThat(moved.get("customFields")).isEmpty();
        noContent(patch("{\"op\":\"move\",\"path\":\"/mailboxId\",\"value\":" + tenant.mailbox().id() + "}"));
        assertThat(get(client, id).get("customFields")).isEmpty();
        assertError(patch("{\"op\":\"move\",\"path\":\"/mailboxId\",\"value\":" + backend.tenant().mailbox().id()
                + "}"), 400, "mailboxId", "InvalidValue");
    }

    @Test
    void the_primary_customer_is_replaced_by_id() {
        long other = client.post("/v2/customers", "{\"firstName\":\"Other\"}").locationId();
        noContent(patch("{\"op\":\"replace\",\"path\":\"/primaryCustomer.id\",\"value\":" + other + "}"));
        assertThat(get(client, id).at("/primaryCustomer/id").asLong()).isEqualTo(other);
        assertError(patch("{\"op\":\"replace\",\"path\":\"/primaryCustomer.id\",\"value\":999999999}"), 400,
                "primaryCustomer.id", "InvalidValue");
    }

    @Test
    void an_array_applies_every_operation_or_none() {
        noContent(patch("[{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"Both\"},"
                + "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"pending\"}]"));
        JsonNode both = get(client, id);
        assertThat(both.get("subject").asText()).isEqualTo("Both");
        assertThat(both.get("status").asText()).isEqualTo("pending");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"Never\"},"
                + "{\"op\":\"replace\",\"path\":\"/assignTo\",\"value\":999999999}]"), 400, "assignTo",
                "InvalidValue");
        assertThat(get(client, id).get("subject").asText()).isEqualTo("Both");
    }

    @Test
    void malformed_operations_are_400s() {
        Response response = patch("[{\"op\":\"copy\",\"path\":\"/subject\",\"value\":\"x\"},"
                + "{\"op\":\"replace\",\"path\":\"/colour\",\"value\":\"red\"},"
                + "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"archived\"},"
                + "{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\" \"},"
                + "{\"op\":\"replace\",\"path\":\"/draft\",\"value\":true},{\"path\":\"/subject\"},"
                + "{\"op\":\"replace\",\"path\":\"subject\"}]");
        golden(response, "patch_invalid.json", client, Ids.of());
        assertStatus(patch("\"subject\""), 400);
        assertError(patch("{\"op\":\"replace\",\"path\":\"/status\"}"), 400, "status", "NotNull");
    }

    @Test
    void an_unknown_conversation_is_a_404() {
        Response response = client.patch("/v2/conversations/999999999", "{\"op\":\"replace\",\"path\":\"/subject\","
                + "\"value\":\"x\"}");
        assertStatus(response, 404);
        golden(response, "not_found.json", client, Ids.of());
        assertStatus(client.get("/v2/conversations/999999999"), 404);
        assertStatus(client.get("/v2/conversations/abc"), 404);
        assertStatus(backend.tenant().v2().get(path), 404);
        assertStatus(client.delete("/v2/conversations/999999999"), 404);
    }

    @Test
    void delete_moves_to_the_trash_after_which_every_write_is_a_404() {
        noContent(client.delete(path));
        JsonNode deleted = get(client, id);
        assertThat(deleted.get("state").asText()).isEqualTo("deleted");
        assertStatus(client.delete(path), 404);
        assertStatus(patch("{\"op\":\"replace\",\"path\":\"/subject\",\"value\":\"x\"}"), 404);
        assertStatus(client.post(path + "/notes", "{\"text\":\"x\"}"), 404);
        assertStatus(client.post(path + "/reply", "{\"text\":\"x\",\"customer\":{\"email\":\"p@example.com\"}}"),
                404);
        assertStatus(client.put(path + "/tags", "{\"tags\":[]}"), 404);
    }

    @Test
    void tags_are_replaced_as_a_set_and_shared_across_the_account() {
        noContent(client.put(path + "/tags", "{\"tags\":[\"vip\",\"billing\",\"vip\"]}"));
        JsonNode tagged = get(client, id);
        assertThat(tagged.get("tags").findValuesAsText("tag")).containsExactly("billing", "vip");
        noContent(client.put(path + "/tags", "{\"tags\":[\"billing\"]}"));
        assertThat(get(client, id).get("tags").findValuesAsText("tag")).containsExactly("billing");
        noContent(client.put(path + "/tags", "{\"tags\":[]}"));
        assertThat(get(client, id).get("tags")).isEmpty();
        assertError(client.put(path + "/tags", "{}"), 400, "tags", "NotNull");
        assertError(client.put(path + "/tags", "{\"tags\":\"vip\"}"), 400, "tags", "InvalidType");
    }

    @Test
    void fields_are_replaced_as_a_set_and_show_name_value_and_text() {
        MailboxField plan = Conversations.definePlan(tenant);
        MailboxField note = Conversations.define(tenant, "Note", FieldType.SINGLE_LINE, List.of());
        noContent(client.put(path + "/fields", "{\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"paid\","
                + "\"name\":\"ignored\",\"text\":\"ignored\"},{\"id\":" + note.id() + ",\"value\":\"hello\"}]}"));
        JsonNode fields = get(client, id).get("customFields");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).get("name").asText()).isEqualTo("Plan");
        assertThat(fields.get(0).get("value").asText()).isEqualTo(Long.toString(plan.options().get(1).id()));
        assertThat(fields.get(0).get("text").asText()).isEqualTo("paid");
        assertThat(fields.get(1).get("text").asText()).isEqualTo("hello");
        noContent(client.put(path + "/fields", "{\"fields\":[{\"id\":" + note.id() + ",\"value\":\"again\"}]}"));
        assertThat(get(client, id).get("customFields").findValuesAsText("name")).containsExactly("Note");
        noContent(client.put(path + "/fields", "{\"fields\":[{\"id\":" + note.id() + ",\"value\":null}]}"));
        assertThat(get(client, id).get("customFields")).isEmpty();
        assertError(client.put(path + "/fields", "{\"fields\":[{\"id\":" + plan.id() + ",\"value\":\"gold\"}]}"),
                400, "fields[0].value", "InvalidValue");
        assertError(client.put(path + "/fields", "{}"), 400, "fields", "NotNull");
    }

    @Test
    void publishing_a_draft_conversation() {
        long draft = create(client, body(tenant.mailbox().id(), "Draft", "\"customer\":{\"email\":\"d@example.com\"}",
                "active", "[{\"type\":\"reply\",\"text\":\"Not sent yet\",\"draft\":true}]", ""));
        JsonNode before = Conversations.getWithThreads(client, draft);
        assertThat(before.get("state").asText()).isEqualTo("draft");
        assertThat(before.get("folderId").asLong()).isEqualTo(tenant.mailbox().id() * 10 + 3);
        assertThat(before.at("/_embedded/threads/0/state").asText()).isEqualTo("draft");
        noContent(client.patch("/v2/conversations/" + draft, "{\"op\":\"replace\",\"path\":\"/draft\","
                + "\"value\":false}"));
        JsonNode after = Conversations.getWithThreads(client, draft);
        assertThat(after.get("state").asText()).isEqualTo("published");
        assertThat(after.at("/_embedded/threads/0/state").asText()).isEqualTo("published");
        assertThat(after.get("preview").asText()).isEqualTo("Not sent yet");
    }
}
