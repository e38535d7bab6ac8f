package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.assertNotFound;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.createVernon;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** `PATCH /v2/customers/{id}` with JSON Patch arrays. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerPatchTest {

    @Parameter
    Backend backend;

    Client client;
    long id;
    JsonNode vernon;

    @BeforeEach
    void setUp() {
        client = backend.tenant().v2();
        id = createVernon(client);
        vernon = customer(client, id);
    }

    private Response patch(String ops) {
        return client.patch("/v2/customers/" + id, ops);
    }

    private void patchOk(String ops) {
        Response response = patch(ops);
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    private long entryId(String embeddedKey) {
        return vernon.at("/_embedded/" + embeddedKey + "/0/id").asLong();
    }

    @Test
    void core_fields_are_replaced_added_and_removed() {
        patchOk("""
                [{"op": "replace", "path": "/firstName", "value": "Karl"},
                 {"op": "remove", "path": "/lastName"},
                 {"op": "add", "path": "/jobTitle", "value": "CTO"},
                 {"op": "replace", "path": "/gender", "value": "FEMALE"},
                 {"op": "replace", "path": "/age", "value": 41},
                 {"op": "replace", "path": "/background", "value": null}]""");
        JsonNode customer = customer(client, id);
        assertThat(customer.get("firstName").asText()).isEqualTo("Karl");
        assertThat(customer.has("lastName")).isFalse();
        assertThat(customer.get("jobTitle").asText()).isEqualTo("CTO");
        assertThat(customer.get("gender").asText()).isEqualTo("female");
        assertThat(customer.get("age").asText()).isEqualTo("41");
        assertThat(customer.has("background")).isFalse();
        assertThat(customer.get("location").asText()).isEqualTo("Greater Dallas/FT Worth Area");
        assertThat(customer.at("/_embedded/emails")).hasSize(1);
    }

    @Test
    void patched_core_fields_obey_the_same_limits() {
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"" + "x".repeat(41) + "\"}]"),
                400, "firstName", "Size");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"\"}]"), 400, "firstName", "Size");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/photoType\",\"value\":\"myspace\"}]"), 400, "photoType",
                "EnumValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/jobTitle\",\"value\":{\"a\":1}}]"), 400, "jobTitle",
                "InvalidType");
        patchOk("[{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"" + "x".repeat(40) + "\"}]");
    }

    @Test
    void an_email_is_added_replaced_and_removed_by_id() {
        patchOk("[{\"op\":\"add\",\"path\":\"/emails\",\"value\":{\"type\":\"other\",\"value\":\"bear@home.com\"}}]");
        JsonNode emails = customer(client, id).at("/_embedded/emails");
        assertThat(emails).hasSize(2);
        long added = emails.get(1).get("id").asLong();
        assertThat(emails.get(1).get("type").asText()).isEqualTo("other");

        patchOk("[{\"op\":\"replace\",\"path\":\"/emails/" + added + "\",\"value\":{\"value\":\"bear@cave.com\"}}]");
        JsonNode replaced = customer(client, id).at("/_embedded/emails/1");
        assertThat(replaced.get("value").asText()).isEqualTo("bear@cave.com");
        assertThat(replaced.get("type").asText()).as("a whole replace without type takes the default")
                .isEqualTo("work");

        patchOk("[{\"op\":\"remove\",\"path\":\"/emails/" + entryId("emails") + "\"}]");
        emails = customer(client, id).at("/_embedded/emails");
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).get("id").asLong()).isEqualTo(added);
    }

    @Test
    void a_chat_value_or_type_is_replaced_alone() {
        long chat = entryId("chats");
        patchOk("[{\"op\":\"replace\",\"path\":\"/chats/" + chat + "/value\",\"value\":\"aim-me\"}]");
        JsonNode after = customer(client, id).at("/_embedded/chats/0");
        assertThat(after.get("value").asText()).isEqualTo("aim-me");
        assertThat(after.get("type").asText()).isEqualTo("aim");
        patchOk("[{\"op\":\"replace\",\"path\":\"/chats/" + chat + "/type\",\"value\":\"Skype\"}]");
        after = customer(client, id).at("/_embedded/chats/0");
        assertThat(after.get("value").asText()).isEqualTo("aim-me");
        assertThat(after.get("type").asText()).isEqualTo("skype");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/chats/" + chat + "/type\",\"value\":\"bogus\"}]"), 400,
                "chats." + chat + ".type", "EnumValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/emails/" + entryId("emails")
                + "/value\",\"value\":\"nope\"}]"), 400, "emails." + entryId("emails") + ".value", "Email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"socialProfiles", "social-profiles", "social_profiles"})
    void social_profiles_answer_to_every_spelling(String name) {
        patchOk("[{\"op\":\"add\",\"path\":\"/" + name + "\",\"value\":{\"type\":\"linkedin\",\"value\":\"in/me\"}}]");
        assertThat(customer(client, id).at("/_embedded/social_profiles")).hasSize(2);
    }

    @Test
    void every_collection_takes_add_and_remove() {
        patchOk("""
                [{"op": "add", "path": "/phones", "value": {"type": "mobile", "value": "555"}},
                 {"op": "add", "path": "/websites", "value": {"value": "http://b.example"}},
                 {"op": "remove", "path": "/websites/%d"},
                 {"op": "replace", "path": "/phones/%d/value", "value": "555-0000"}]"""
                .formatted(entryId("websites"), entryId("phones")));
        JsonNode embedded = customer(client, id).get("_embedded");
        assertThat(embedded.get("phones")).hasSize(2);
        assertThat(embedded.at("/phones/0/value").asText()).isEqualTo("555-0000");
        assertThat(embedded.get("websites")).hasSize(1);
        assertThat(embedded.at("/websites/0/value").asText()).isEqualTo("http://b.example");
    }

    @Test
    void removing_or_replacing_a_whole_collection_is_refused() {
        Response response = patch("[{\"op\":\"remove\",\"path\":\"/emails\"}]");
        assertThat(response.status()).isEqualTo(400);
        golden(response, "patch_collection_remove.json", client);
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/phones\",\"value\":[]}]"), 400, "[0].path",
                "InvalidValue");
        assertThat(customer(client, id).at("/_embedded/emails")).hasSize(1);
    }

    @Test
    void a_bare_object_is_refused() {
        Response response = patch("{\"op\":\"replace\",\"path\":\"/firstName\",\"value\":\"Karl\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.VND);
        golden(response, "bad_patch.json", client);
        assertThat(customer(client, id).get("firstName").asText()).isEqualTo("Vernon");
    }

    @Test
    void malformed_operations_are_named_by_index() {
        assertError(patch("[{\"op\":\"move\",\"path\":\"/firstName\",\"from\":\"/lastName\"}]"), 400, "[0].op",
                "EnumValue");
        assertError(patch("[{\"op\":\"replace\",\"value\":\"x\"}]"), 400, "[0].path", "InvalidValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"firstName\",\"value\":\"x\"}]"), 400, "[0].path",
                "InvalidValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/firstName\"}]"), 400, "[0].value", "NotNull");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/nickname\",\"value\":\"x\"}]"), 400, "[0].path",
                "InvalidValue");
        assertError(patch("[{\"op\":\"remove\",\"path\":\"/emails/abc\"}]"), 400, "[0].path", "InvalidIdentifier");
        assertError(patch("[{\"op\":\"add\",\"path\":\"/emails/1\",\"value\":{\"value\":\"a@b.example\"}}]"), 400,
                "[0].path", "InvalidValue");
        assertError(patch("[{\"op\":\"remove\",\"path\":\"/chats/1/value\"}]"), 400, "[0].path", "InvalidValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/websites/1/type\",\"value\":\"x\"}]"), 400, "[0].path",
                "InvalidValue");
        assertError(patch("[{\"op\":\"add\",\"path\":\"/emails\",\"value\":\"a@b.example\"}]"), 400, "emails",
                "InvalidType");
        assertError(patch("[\"nope\"]"), 400, "[0]", "InvalidType");
    }

    @Test
    void a_bad_operation_anywhere_changes_nothing() {
        assertError(patch("""
                [{"op": "replace", "path": "/firstName", "value": "Karl"},
                 {"op": "add", "path": "/emails", "value": {"value": "karl@x.example"}},
                 {"op": "add", "path": "/phones", "value": {"type": "bogus", "value": "1"}}]"""), 400,
                "phones.type", "EnumValue");
        assertNotFound(patch("""
                [{"op": "replace", "path": "/firstName", "value": "Karl"},
                 {"op": "add", "path": "/emails", "value": {"value": "karl@x.example"}},
                 {"op": "remove", "path": "/emails/999999999"}]"""));
        create(client, "{\"emails\":[{\"value\":\"taken@x.example\"}]}");
        Response conflict = patch("""
                [{"op": "replace", "path": "/firstName", "value": "Karl"},
                 {"op": "remove", "path": "/phones/%d"},
                 {"op": "add", "path": "/emails", "value": {"value": "TAKEN@x.example"}}]"""
                .formatted(entryId("phones")));
        assertThat(conflict.status()).isEqualTo(409);
        JsonNode after = customer(client, id);
        assertThat(after.get("firstName").asText()).isEqualTo("Vernon");
        assertThat(after.at("/_embedded/emails")).hasSize(1);
        assertThat(after.at("/_embedded/phones")).hasSize(1);
        assertThat(after.get("updatedAt")).isEqualTo(vernon.get("updatedAt"));
    }

    @Test
    void the_address_is_patched_whole_or_by_part() {
        patchOk("[{\"op\":\"replace\",\"path\":\"/address/city\",\"value\":\"Austin\"},"
                + "{\"op\":\"remove\",\"path\":\"/address/state\"},"
                + "{\"op\":\"replace\",\"path\":\"/address/lines\",\"value\":[\"1 Main St\"]}]");
        JsonNode address = customer(client, id).at("/_embedded/address");
        assertThat(address.get("city").asText()).isEqualTo("Austin");
        assertThat(address.has("state")).isFalse();
        assertThat(address.get("country").asText()).isEqualTo("US");
        assertThat(address.get("lines")).hasSize(1);

        patchOk("[{\"op\":\"replace\",\"path\":\"/address\",\"value\":{\"city\":\"Prague\"}}]");
        address = customer(client, id).at("/_embedded/address");
        assertThat(address.get("city").asText()).isEqualTo("Prague");
        assertThat(address.has("country")).isFalse();
        assertThat(address.get("lines")).isEmpty();

        patchOk("[{\"op\":\"remove\",\"path\":\"/address\"}]");
        assertThat(customer(client, id).at("/_embedded").has("address")).isFalse();

        patchOk("[{\"op\":\"add\",\"path\":\"/address/country\",\"value\":\"CZ\"}]");
        assertThat(customer(client, id).at("/_embedded/address/country").asText()).isEqualTo("CZ");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/address/planet\",\"value\":\"Mars\"}]"), 400, "[0].path",
                "InvalidValue");
        assertError(patch("[{\"op\":\"replace\",\"path\":\"/address/lines\",\"value\":\"x\"}]"), 400,
                "address.lines", "InvalidType");
    }

    @Test
    void an_empty_patch_is_accepted() {
        patchOk("[]");
    }

    @Test
    void an_unknown_customer_is_a_404() {
        assertNotFound(client.patch("/v2/customers/999999999", "[{\"op\":\"remove\",\"path\":\"/lastName\"}]"));
        assertNotFound(client.patch("/v2/customers/nope", "[]"));
    }
}
