package io.frontdesk.helpscout.v2;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.customer.EntryKind;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.frontdesk.helpscout.v2.V2Support.assertError;
import static io.frontdesk.helpscout.v2.V2Support.create;
import static io.frontdesk.helpscout.v2.V2Support.customer;
import static io.frontdesk.helpscout.v2.V2Support.golden;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented create limits, at and over each boundary, every enum, and the entry rules. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2CustomerValidationTest {

    @Parameter
    Backend backend;

    Client client;

    @BeforeEach
    void setUp() {
        client = backend.tenant().v2();
    }

    @ParameterizedTest
    @CsvSource({"firstName,40", "lastName,40", "jobTitle,60", "location,60", "organization,60", "photoUrl,200",
            "background,200"})
    void a_text_field_is_accepted_at_its_limit_and_refused_one_over(String field, int max) {
        String atLimit = "x".repeat(max);
        long id = create(client, "{\"" + field + "\":\"" + atLimit + "\"}");
        assertThat(customer(client, id).get(field).asText()).isEqualTo(atLimit);
        String overLimit = "x".repeat(max + 1);
        JsonNode error = assertError(client.post("/v2/customers", "{\"" + field + "\":\"" + overLimit + "\"}"),
                400, field, "Size");
        assertThat(error.at("/_embedded/errors/0/source").asText()).isEqualTo("JSON");
        assertThat(error.at("/_embedded/errors/0/rejectedValue").asText()).hasSize(max + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName"})
    void names_may_be_absent_but_not_empty(String field) {
        assertError(client.post("/v2/customers", "{\"" + field + "\":\"\"}"), 400, field, "Size");
        long id = create(client, "{\"" + field + "\":\"A\"}");
        assertThat(customer(client, id).get(field).asText()).isEqualTo("A");
        create(client, "{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobTitle", "location", "organization", "photoUrl", "background", "age"})
    void the_other_texts_may_be_empty(String field) {
        long id = create(client, "{\"" + field + "\":\"\"}");
        assertThat(customer(client, id).get(field).asText()).isEmpty();
    }

    @Test
    void age_is_free_text_and_a_number_is_read_as_text() {
        long id = create(client, "{\"age\":52}");
        assertThat(customer(client, id).get("age").asText()).isEqualTo("52");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "gravatar", "twitter", "facebook", "googleprofile", "googleplus", "linkedin",
            "instagram", "TWITTER", "LinkedIn"})
    void every_photo_type_is_accepted_in_any_case_and_stored_lower_case(String photoType) {
        long id = create(client, "{\"photoType\":\"" + photoType + "\"}");
        assertThat(customer(client, id).get("photoType").asText()).isEqualTo(photoType.toLowerCase());
    }

    @Test
    void an_unknown_photo_type_is_refused() {
        JsonNode error = assertError(client.post("/v2/customers", "{\"photoType\":\"myspace\"}"), 400, "photoType",
                "EnumValue");
        assertThat(error.at("/_embedded/errors/0/rejectedValue").asText()).isEqualTo("myspace");
    }

    @ParameterizedTest
    @CsvSource({"male,male", "female,female", "unknown,unknown", "Male,male", "FEMALE,female", "Unknown,unknown"})
    void gender_is_matched_ignoring_case_and_stored_lower_case(String sent, String stored) {
        long id = create(client, "{\"gender\":\"" + sent + "\"}");
        assertThat(customer(client, id).get("gender").asText()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"other", "m", ""})
    void an_unknown_gender_is_refused(String gender) {
        assertError(client.post("/v2/customers", "{\"gender\":\"" + gender + "\"}"), 400, "gender", "EnumValue");
    }

    @ParameterizedTest
    @EnumSource(V2EntryCollection.class)
    void every_documented_entry_type_is_accepted(V2EntryCollection collection) {
        EntryKind kind = collection.kind();
        if (!kind.typed()) {
            long id = create(client, "{\"websites\":[{\"value\":\"http://a.example\",\"type\":\"whatever\"}]}");
            JsonNode website = customer(client, id).at("/_embedded/websites/0");
            assertThat(website.get("value").asText()).isEqualTo("http://a.example");
            assertThat(website.has("type")).isFalse();
            return;
        }
        StringBuilder items = new StringBuilder();
        for (String type : kind.types()) {
            String value = kind == EntryKind.EMAIL ? type + "@" + collection.segment() + ".example" : "v-" + type;
            items.append(items.isEmpty() ? "" : ",").append("{\"type\":\"").append(type.toUpperCase())
                    .append("\",\"value\":\"").append(value).append("\"}");
        }
        long id = create(client, "{\"" + collection.bodyField() + "\":[" + items + "]}");
        JsonNode entries = customer(client, id).at("/_embedded/" + collection.embeddedKey());
        assertThat(entries).hasSize(kind.types().size());
        for (int i = 0; i < kind.types().size(); i++) {
            assertThat(entries.get(i).get("type").asText()).isEqualTo(kind.types().get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(value = V2EntryCollection.class, names = "WEBSITES", mode = EnumSource.Mode.EXCLUDE)
    void an_unknown_entry_type_is_refused_with_its_path(V2EntryCollection collection) {
        String value = collection.kind() == EntryKind.EMAIL ? "a@b.example" : "x";
        Response response = client.post("/v2/customers", "{\"" + collection.bodyField()
                + "\":[{\"type\":\"bogus\",\"value\":\"" + value + "\"}]}");
        assertError(response, 400, collection.bodyField() + "[0].type", "EnumValue");
    }

    @Test
    void an_entry_without_a_type_gets_the_default_and_old_spellings_are_read() {
        long id = create(client, """
                {"emails": [{"value": "a@b.example"}], "phones": [{"value": "1"}],
                 "chats": [{"type": "xmmp", "value": "me@jabber"}],
                 "socialProfiles": [{"type": "forsquare", "value": "me"}, {"type": "aboutMe", "value": "me2"}]}""");
        JsonNode embedded = customer(client, id).get("_embedded");
        assertThat(embedded.at("/emails/0/type").asText()).isEqualTo("work");
        assertThat(embedded.at("/phones/0/type").asText()).isEqualTo("work");
        assertThat(embedded.at("/chats/0/type").asText()).isEqualTo("xmpp");
        assertThat(embedded.at("/social_profiles/0/type").asText()).isEqualTo("foursquare");
        assertThat(embedded.at("/social_profiles/1/type").asText()).isEqualTo("aboutme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b", "a b@c.example", "@c.example", "a@@c.example"})
    void a_malformed_email_is_refused(String email) {
        assertError(client.post("/v2/customers", "{\"emails\":[{\"value\":\"" + email + "\"}]}"), 400,
                "emails[0].value", "Email");
    }

    @Test
    void a_long_real_email_is_accepted() {
        String email = "reply+" + "a".repeat(50) + "@reply.github.com";
        long id = create(client, "{\"emails\":[{\"value\":\"" + email + "\"}]}");
        assertThat(customer(client, id).at("/_embedded/emails/0/value").asText()).isEqualTo(email);
    }

    @ParameterizedTest
    @EnumSource(V2EntryCollection.class)
    void an_entry_needs_a_value(V2EntryCollection collection) {
        assertError(client.post("/v2/customers", "{\"" + collection.bodyField() + "\":[{\"type\":\"other\"}]}"), 400,
                collection.bodyField() + "[0].value", "NotEmpty");
        assertError(client.post("/v2/customers", "{\"" + collection.bodyField() + "\":[{\"value\":\"  \"}]}"), 400,
                collection.bodyField() + "[0].value", "NotEmpty");
    }

    @Test
    void wrong_json_types_are_named_by_path() {
        assertError(client.post("/v2/customers", "{\"firstName\":{\"a\":1}}"), 400, "firstName", "InvalidType");
        assertError(client.post("/v2/customers", "{\"emails\":\"a@b.example\"}"), 400, "emails", "InvalidType");
        assertError(client.post("/v2/customers", "{\"emails\":[\"a@b.example\"]}"), 400, "emails[0]", "InvalidType");
        assertError(client.post("/v2/customers", "{\"address\":[]}"), 400, "address", "InvalidType");
        assertError(client.post("/v2/customers", "{\"address\":{\"lines\":\"x\"}}"), 400, "address.lines",
                "InvalidType");
        assertError(client.post("/v2/customers", "{\"properties\":[{\"value\":\"x\"}]}"), 400, "properties[0].slug",
                "NotEmpty");
    }

    @Test
    void every_problem_is_reported_at_once() {
        Response response = client.post("/v2/customers", "{\"firstName\":\"" + "x".repeat(41)
                + "\",\"gender\":\"robot\",\"emails\":[{\"value\":\"not-an-email\"}]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(V2Support.VND);
        golden(response, "validation_error.json", client);
    }

    @Test
    void a_refused_create_stores_nothing() {
        client.post("/v2/customers", "{\"firstName\":\"Ghost\",\"emails\":[{\"value\":\"ok@x.example\"},"
                + "{\"value\":\"bad\"}]}");
        assertThat(client.get("/v2/customers?firstName=Ghost").json().at("/page/totalElements").asLong()).isZero();
        create(client, "{\"emails\":[{\"value\":\"ok@x.example\"}]}");
    }

    @Test
    void an_undefined_property_on_create_is_refused_and_nothing_is_stored() {
        Response response = client.post("/v2/customers",
                "{\"firstName\":\"Ghost\",\"properties\":[{\"slug\":\"nope\",\"value\":\"x\"}]}");
        assertError(response, 400, "nope", "InvalidValue");
        assertThat(client.get("/v2/customers?firstName=Ghost").json().at("/page/totalElements").asLong()).isZero();
    }
}
