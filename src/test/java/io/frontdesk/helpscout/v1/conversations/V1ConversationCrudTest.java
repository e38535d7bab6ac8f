package io.frontdesk.helpscout.v1.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.mailbox.FieldType;
import io.frontdesk.mailbox.MailboxField;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.assertNotFound;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.conversation;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.create;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.golden;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.idFromLocation;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.invalid;
import static io.frontdesk.helpscout.v1.conversations.V1ConversationSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** `POST /v1/conversations.json`, `GET`/`PUT`/`DELETE /v1/conversations/{id}.json`. */
@ParameterizedClass
@EnumSource(Backend.class)
class V1ConversationCrudTest {

    @Parameter
    Backend backend;

    @Test
    void create_with_reload_answers_201_the_item_and_a_location_ending_in_the_id() {
        Tenant tenant = backend.tenant();
        Response created = tenant.v1().post("/v1/conversations.json?reload=true",
                conversation(tenant, "Broken machine", "vbear@example.com"));

        golden(created, 201, "conversations/created.json");
        long id = idFromLocation(created.header("Location"));
        assertThat(created.header("Location")).isEqualTo(tenant.v1().base() + "/v1/conversations/" + id + ".json");
        assertThat(created.json().at("/item/id").asLong()).isEqualTo(id);
        assertThat(created.json().at("/item/mailbox/id").asLong()).isEqualTo(tenant.mailbox().id());
    }

    @Test
    void create_without_reload_has_an_empty_body_and_get_shows_the_conversation_with_its_threads() {
        Tenant tenant = backend.tenant();
        Response created = tenant.v1().post("/v1/conversations.json",
                conversation(tenant, "Broken machine", "vbear@example.com"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();

        golden(tenant.v1().get("/v1/conversations/" + idFromLocation(created.header("Location")) + ".json"), 200,
                "conversations/item.json");
    }

    /**
     * The Java SDK's capture `conversation_10.json`: a customer person on a single conversation carries all the
     * customer's addresses in `emails` and their phone; a user's person has neither; a list reads no customer.
     */
    @Test
    void a_customer_person_on_a_single_conversation_carries_every_address_and_the_first_phone() {
        Tenant tenant = backend.tenant();
        Response customer = tenant.v1().post("/v1/customers.json", """
                {"firstName": "Karl", "lastName": "Tester",
                 "emails": [{"value": "karl@worldoftesters.com"}, {"value": "karl@worldoftesters.net",
                             "location": "home"}],
                 "phones": [{"value": "5552368", "location": "work"}, {"value": "5550000", "location": "mobile"}]}""");
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        long customerId = idFromLocation(customer.header("Location"));
        Response created = tenant.v1().post("/v1/conversations.json", """
                {"subject": "Subject", "mailbox": {"id": %d}, "customer": {"id": %d},
                 "threads": [{"type": "customer", "createdBy": {"id": %d, "type": "customer"}, "body": "Hello"}]}"""
                .formatted(tenant.mailbox().id(), customerId, customerId));
        long id = idFromLocation(created.header("Location"));
        assertThat(tenant.v1().post("/v1/conversations/" + id + ".json", """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Called Karl"}"""
                .formatted(tenant.owner().id())).status()).isEqualTo(201);

        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        for (JsonNode person : List.of(item.get("customer"), item.get("createdBy"), item.at("/threads/1/createdBy"),
                item.at("/threads/1/customer"))) {
            assertThat(person.get("id").asLong()).isEqualTo(customerId);
            assertThat(person.get("email").asText()).isEqualTo("karl@worldoftesters.com");
            assertThat(person.get("phone").asText()).isEqualTo("5552368");
            assertThat(person.get("emails")).extracting(JsonNode::asText)
                    .containsExactly("karl@worldoftesters.com", "karl@worldoftesters.net");
        }
        JsonNode user = item.at("/threads/0/createdBy");
        assertThat(user.get("type").asText()).isEqualTo("user");
        assertThat(user.has("emails")).isFalse();
        assertThat(user.get("phone").isNull()).isTrue();
        JsonNode listed = ok(tenant.v1().get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json"))
                .at("/items/0/customer");
        assertThat(listed.get("id").asLong()).isEqualTo(customerId);
        assertThat(listed.has("emails")).as("lists read no customer").isFalse();
        assertThat(listed.get("phone").isNull()).isTrue();
    }

    @Test
    void a_user_created_conversation_with_owner_status_custom_fields_and_imported_date() {
        Tenant tenant = backend.tenant();
        MailboxField seats = tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(),
                "Seats", FieldType.NUMBER, false, 1, List.of());
        Response created = tenant.v1().post("/v1/conversations.json?imported=true&reload=true", """
                {"subject": "Phone call", "type": "phone", "mailbox": {"id": %d}, "status": "pending",
                 "owner": {"id": %d, "type": "user"}, "createdAt": "2015-03-04T05:06:07Z",
                 "customer": {"email": "caller@example.com"},
                 "customFields": [{"fieldId": %d, "value": "12"}],
                 "threads": [{"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Called back",
                              "createdAt": "2015-03-04T05:06:07Z"}]}"""
                .formatted(tenant.mailbox().id(), tenant.owner().id(), seats.id(), tenant.owner().id()));

        JsonNode item = created.json().get("item");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(item.get("type").asText()).isEqualTo("phone");
        assertThat(item.get("status").asText()).isEqualTo("pending");
        assertThat(item.at("/owner/id").asLong()).isEqualTo(tenant.owner().id());
        assertThat(item.get("createdAt").asText()).isEqualTo("2015-03-04T05:06:07Z");
        assertThat(item.at("/threads/0/createdAt").asText()).isEqualTo("2015-03-04T05:06:07Z");
        assertThat(item.at("/threads/0/type").asText()).isEqualTo("note");
        assertThat(item.at("/customFields/0/value").asText()).isEqualTo("12");
        assertThat(item.at("/customFields/0/type").asText()).isEqualTo("NUMBER");
        assertThat(item.get("tags").isNull()).isTrue();
    }

    @Test
    void create_reports_every_problem_at_once_and_creates_nothing() {
        Tenant tenant = backend.tenant();
        Client client = tenant.v1();

        Response response = client.post("/v1/conversations.json", """
                {"type": "fax", "status": "open", "customer": {"firstName": "No email"},
                 "threads": [{"type": "letter", "body": "x", "createdBy": {"id": 1, "type": "user"}},
                             {"type": "customer", "createdBy": {"id": 1, "type": "user"}, "cc": ["not-an-address"]}]}""");
        golden(response, 400, "conversations/create_invalid.json");
        assertThat(invalid(client.post("/v1/conversations.json", """
                {"subject": "s", "mailbox": {"id": %d}, "customer": {"email": "a@example.com"}, "threads": []}"""
                .formatted(tenant.mailbox().id())))).containsExactly("threads");
        assertThat(client.post("/v1/conversations.json", "{not json").status()).isEqualTo(400);
        assertThat(ok(client.get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json"))
                .get("count").asInt()).isZero();
    }

    @Test
    void another_accounts_mailbox_on_create_is_refused() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        Response response = bob.v1().post("/v1/conversations.json", conversation(alice, "Hi", "a@example.com"));

        assertThat(response.status()).as(response.toString()).isIn(400, 404);
        assertThat(ok(alice.v1().get("/v1/mailboxes/" + alice.mailbox().id() + "/conversations.json"))
                .get("count").asInt()).isZero();
    }

    @Test
    void put_changes_subject_status_owner_tags_and_custom_fields_and_reload_answers_the_item() {
        Tenant tenant = backend.tenant();
        MailboxField plan = tenant.server().app().mailboxFields().create(tenant.accountId(), tenant.mailbox().id(),
                "Plan", FieldType.SINGLE_LINE, false, 1, List.of());
        long id = create(tenant, "Broken machine", "vbear@example.com");

        Response updated = tenant.v1().put("/v1/conversations/" + id + ".json?reload=true", """
                {"subject": "Machine replaced", "status": "closed", "owner": {"id": %d, "type": "user"},
                 "mailbox": {"id": %d}, "tags": ["refund", "Hardware"],
                 "customFields": [{"fieldId": %d, "value": "Gold", "name": "Plan", "type": "SINGLE_LINE"}]}"""
                .formatted(tenant.owner().id(), tenant.mailbox().id(), plan.id()));

        golden(updated, 200, "conversations/updated.json");
        Response plain = tenant.v1().put("/v1/conversations/" + id + ".json", "{\"tags\": []}");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).isEmpty();
        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(item.get("tags").isNull()).isTrue();
        assertThat(item.get("subject").asText()).isEqualTo("Machine replaced");
    }

    @Test
    void the_java_sdk_puts_back_the_whole_object_it_read_and_read_only_fields_are_ignored() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");
        JsonNode read = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        long number = read.get("number").asLong();

        ((com.fasterxml.jackson.databind.node.ObjectNode) read).put("status", "pending");
        ((com.fasterxml.jackson.databind.node.ObjectNode) read).put("number", 999999);
        Response put = tenant.v1().put("/v1/conversations/" + id + ".json", read.toString());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode after = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(after.get("status").asText()).isEqualTo("pending");
        assertThat(after.get("number").asLong()).isEqualTo(number);
        assertThat(after.get("threadCount").asInt()).isEqualTo(1);
        assertThat(after.get("tags")).hasSize(1);
    }

    @Test
    void put_refuses_bad_values_and_changes_nothing() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");

        assertThat(invalid(tenant.v1().put("/v1/conversations/" + id + ".json",
                "{\"subject\": \" \", \"status\": \"finished\", \"tags\": \"vip\"}")))
                .containsExactlyInAnyOrder("subject", "status", "tags");
        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + id + ".json")).get("item");
        assertThat(item.get("status").asText()).isEqualTo("active");
        assertThat(item.get("subject").asText()).isEqualTo("Broken machine");
    }

    /** Reference §11.1 and §11.5: a merged id answers GET, PUT and a thread create with 301 to the survivor. */
    @Test
    void a_merged_conversations_id_is_a_301_to_the_survivor_for_get_put_and_a_new_thread() {
        Tenant tenant = backend.tenant();
        long source = create(tenant, "Broken machine", "vbear@example.com");
        long target = create(tenant, "Broken again", "vbear@example.com");
        tenant.server().app().conversations().merge(tenant.accountId(), source, target);
        String survivor = tenant.v1().base() + "/v1/conversations/" + target + ".json";
        String path = "/v1/conversations/" + source + ".json";

        Response get = tenant.v1().get(path);
        Response put = tenant.v1().put(path, "{\"status\": \"closed\"}");
        Response thread = tenant.v1().post(path, """
                {"type": "note", "createdBy": {"id": %d, "type": "user"}, "body": "Too late"}"""
                .formatted(tenant.owner().id()));

        java.util.Map<String, Response> answers = new java.util.LinkedHashMap<>();
        answers.put("GET", get);
        answers.put("PUT", put);
        answers.put("POST", thread);
        answers.forEach((method, moved) -> {
            assertThat(moved.status()).as(method + " " + moved).isEqualTo(301);
            assertThat(moved.header("Location")).as(method).isEqualTo(survivor);
        });
        JsonNode item = ok(tenant.v1().get("/v1/conversations/" + target + ".json")).get("item");
        assertThat(item.get("status").asText()).as("the PUT changed nothing").isEqualTo("active");
        assertThat(item.get("threads")).extracting(t -> t.get("body").asText()).doesNotContain("Too late");
        assertNotFound(tenant.v1().put("/v1/conversations/999999999.json", "{\"status\": \"closed\"}"));
    }

    @Test
    void delete_is_200_and_the_conversation_is_then_404() {
        Tenant tenant = backend.tenant();
        long id = create(tenant, "Broken machine", "vbear@example.com");

        Response deleted = tenant.v1().delete("/v1/conversations/" + id + ".json");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEmpty();
        assertNotFound(tenant.v1().put("/v1/conversations/" + id + ".json", "{\"status\": \"closed\"}"));
        assertNotFound(tenant.v1().get("/v1/conversations/" + id + ".json"));
        assertThat(tenant.v2().get("/v2/conversations/" + id).json().get("state").asText())
                .as("2.0 still shows it, in the trash").isEqualTo("deleted");
        assertThat(ok(tenant.v1().get("/v1/mailboxes/" + tenant.mailbox().id() + "/conversations.json"))
                .get("count").asInt()).isZero();
    }

    @Test
    void unknown_and_other_accounts_conversations_are_404_and_untouched() {
        Tenant alice = backend.tenant();
        Tenant bob = backend.tenant();
        long id = create(alice, "Broken machine", "vbear@example.com");
        Client client = bob.v1();

        assertNotFound(client.get("/v1/conversations/" + id + ".json"));
        assertNotFound(client.get("/v1/conversations/999999999.json"));
        assertNotFound(client.put("/v1/conversations/" + id + ".json", "{\"status\": \"closed\"}"));
        assertNotFound(client.delete("/v1/conversations/" + id + ".json"));
        assertNotFound(client.post("/v1/conversations/" + id + ".json",
                "{\"type\": \"note\", \"createdBy\": {\"id\": " + bob.owner().id() + ", \"type\": \"user\"}, "
                        + "\"body\": \"x\"}"));
        assertThat(ok(alice.v1().get("/v1/conversations/" + id + ".json")).at("/item/status").asText())
                .isEqualTo("active");
    }
}
